// The player's runtime files lose their comments in packages, and nothing else: code lines are kept
// byte for byte, text that only looks like a comment (inside a string) is kept, and a file the
// rules cannot take apart safely is packaged as it is.

#include "export/playerpackage.h"
#include "export/runtimetext.h"

#include <QFile>
#include <QtTest>

using namespace cw;

class TestRuntimeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scriptCommentLinesGo()
    {
        const QByteArray script = "// The engine.\n"
                                  "(function () {\n"
                                  "\n"
                                  "  // Why this adds one.\n"
                                  "  const a = 1; // kept: code comes first\n"
                                  "  const url = 'https://example.org/'; const re = /\\/\\//;\n"
                                  "    //indented, no space\n"
                                  "  return a / 2;\n"
                                  "})();\n";
        QCOMPARE(RuntimeText::withoutCommentLines(script),
                 QByteArray("(function () {\n"
                            "  const a = 1; // kept: code comes first\n"
                            "  const url = 'https://example.org/'; const re = /\\/\\//;\n"
                            "  return a / 2;\n"
                            "})();\n"));
    }

    void scriptThatMayHoldMultiLineTextStaysWhole()
    {
        // A template literal over lines: "// not a comment" is text the learner would see.
        const QByteArray templated = "// about\nconst s = `first\n// not a comment\nlast`;\n";
        QCOMPARE(RuntimeText::withoutCommentLines(templated), templated);
        // A string continued with a backslash.
        const QByteArray continued = "// about\nconst s = 'first \\\n// not a comment';\n";
        QCOMPARE(RuntimeText::withoutCommentLines(continued), continued);
        // Backticks in pairs on one line are fine.
        QCOMPARE(RuntimeText::withoutCommentLines("// `lang` is the language\nf(`${a}`);\n"),
                 QByteArray("f(`${a}`);\n"));
    }

    void cssCommentsGoOutsideStringsAndTokens()
    {
        const QByteArray style = "/* The theme. */\n"
                                 ".a { color: red; /* why red */\n"
                                 "  content: \"/* not a comment */\"; }\n"
                                 "\n"
                                 ".b/**/.c { margin: 1px/**/2px; }\n"
                                 ".d { content: 'it\\'s /* text */'; }\n";
        QCOMPARE(RuntimeText::withoutCssComments(style),
                 QByteArray(".a { color: red; \n"
                            "  content: \"/* not a comment */\"; }\n"
                            ".b/**/.c { margin: 1px/**/2px; }\n"
                            ".d { content: 'it\\'s /* text */'; }\n"));
    }

    void unfinishedCssStaysWhole()
    {
        const QByteArray open = ".a { color: red; } /* never closed\n.b {}\n";
        QCOMPARE(RuntimeText::withoutCssComments(open), open);
        const QByteArray string = ".a { content: \"never closed; }\n";
        QCOMPARE(RuntimeText::withoutCssComments(string), string);
    }

    void onlyScriptsAndStylesAreTouched()
    {
        const QByteArray text = "// a line\n/* a block */\n";
        QCOMPARE(RuntimeText::packaged(QStringLiteral("index.html"), text), text);
        QCOMPARE(RuntimeText::packaged(QStringLiteral("a.js"), text), QByteArray("/* a block */\n"));
        QCOMPARE(RuntimeText::packaged(QStringLiteral("a.css"), text), QByteArray("// a line\n"));
    }

    // Every runtime file of the player is taken apart (none falls back to its full text), and what
    // is left of a script is its own lines, in order.
    void everyRuntimeFileShrinksToItsOwnLines()
    {
        const QStringList files = PlayerPackage::runtimeFiles();
        QVERIFY(files.contains(QStringLiteral("quiz.js")));
        QVERIFY(files.contains(QStringLiteral("player.css")));
        for (const QString &name : files) {
            QFile file(QLatin1String(PlayerPackage::ResourceRoot) + QLatin1Char('/') + name);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            const QByteArray source = file.readAll();
            const QByteArray packaged = RuntimeText::packaged(name, source);
            QVERIFY2(packaged.size() < source.size(), qPrintable(name));
            if (!name.endsWith(QLatin1String(".js")))
                continue;
            const QList<QByteArray> kept = packaged.split('\n');
            const QList<QByteArray> all = source.split('\n');
            qsizetype at = 0;
            for (const QByteArray &line : kept) {
                if (line.isEmpty())
                    continue;
                while (at < all.size() && all.at(at) != line)
                    ++at;
                QVERIFY2(at < all.size(), qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(line)));
                ++at;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRuntimeText)
#include "tst_runtimetext.moc"
