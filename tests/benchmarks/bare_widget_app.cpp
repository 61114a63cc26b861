// The yardstick for start-up time: the smallest Qt Widgets program that shows
// a window, started and stopped the way bench_startup starts shortcode-studio.
#include "widgets/FirstPaintProbe.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1200, 800);
    // --with-label: the same window showing one line of text, which costs
    // the font database and a font engine (any real window pays them).
    if (app.arguments().contains(QStringLiteral("--with-label"))) {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(new QLabel(QStringLiteral("Shortcode Studio"), &window));
    }
    // As shortcode-studio does: "painted" once the window's first frame is
    // painted and flushed, then quit.
    scs::FirstPaintProbe firstPaint;
    if (app.arguments().contains(QStringLiteral("--quit-when-painted")))
        window.installEventFilter(&firstPaint);
    window.show();
    return app.exec();
}
