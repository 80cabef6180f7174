#pragma once
// A number box for decimals that shows a number with the digits it has ("2.5", "40", "0.000125")
// rather than padded to its precision ("2.500000"): the numeric answers, variables and the
// values in conditions and effects all read as the designer typed them.

#include <QDoubleSpinBox>

namespace cw {

class DecimalSpinBox : public QDoubleSpinBox
{
public:
    // Six decimals by default: a value such as 0.000125 survives being shown and stored again.
    explicit DecimalSpinBox(QWidget *parent = nullptr);

    QString textFromValue(double value) const override;
};

} // namespace cw
