#include "model/coursedocument.h"
#include <QtTest>
class TestModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(cw::CourseDocument::createCourseTree()); }
};
QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
