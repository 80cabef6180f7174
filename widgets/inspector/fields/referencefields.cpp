#include "referencefields.h"

#include "assets/thumbnailcache.h"
#include "choicefields.h"
#include "kindicon.h"
#include "model/coursedocument.h"
#include "model/mediafit.h"
#include "model/referencescope.h"
#include "model/schema.h"
#include "outlinemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace cw {

AssetField::AssetField(const PropertySpec &spec)
    : PropertyField(spec)
    , m_combo(new QComboBox)
    , m_preview(new QLabel)
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_preview->setFixedSize(ThumbnailCache::Size * 2, ThumbnailCache::Size * 2);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->hide();
    row->addWidget(m_preview);
    row->addWidget(m_combo, 1, Qt::AlignVCenter);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setIconSize(QSize(24, 24));
    connect(m_combo, &QComboBox::activated, this, [this] { Q_EMIT edited(true); });
    box->setFocusProxy(m_combo);
    setEditor(m_combo, box);
}

QJsonValue AssetField::value() const
{
    return m_combo->currentData().toString();
}

void AssetField::show(const QJsonValue &value, const FieldContext &context)
{
    const QSignalBlocker blocker(m_combo);
    const QString stored = value.toString();
    m_combo->clear();
    m_combo->addItem(tr("(none)"), QString());
    const AssetInfo *shown = nullptr;
    if (context.document) {
        for (const AssetInfo &asset : context.document->assets()) {
            // Offer only files that fit (the rule validation and export use); keep the stored one.
            if (!MediaFit::fits(spec().mediaType, asset) && asset.hash != stored)
                continue;
            if (context.thumbnails)
                m_combo->addItem(context.thumbnails->iconFor(asset), asset.name, asset.hash);
            else
                m_combo->addItem(asset.name, asset.hash);
            if (asset.hash == stored)
                shown = &asset;
        }
    }
    selectOrMark(m_combo, stored);
    const bool picture = shown && context.thumbnails && spec().mediaType.startsWith(QLatin1String("image/"));
    m_preview->setVisible(picture);
    if (picture)
        m_preview->setPixmap(context.thumbnails->iconFor(*shown).pixmap(m_preview->size() - QSize(4, 4)));
}

NodeRefField::NodeRefField(const PropertySpec &spec)
    : PropertyField(spec)
    , m_combo(new QComboBox)
{
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_combo, &QComboBox::activated, this, [this] { Q_EMIT edited(true); });
    setEditor(m_combo);
}

QJsonValue NodeRefField::value() const
{
    return m_combo->currentData().toString();
}

void NodeRefField::show(const QJsonValue &value, const FieldContext &context)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("(none)"), QString());
    if (context.node) {
        for (const Node *candidate : ReferenceScope::candidates(spec(), *context.node))
            m_combo->addItem(KindIcon::icon(candidate->kind()), OutlineModel::labelFor(*candidate),
                             idString(candidate->id()));
    }
    selectOrMark(m_combo, value.toString());
}

} // namespace cw
