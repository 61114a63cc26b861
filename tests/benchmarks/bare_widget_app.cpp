// The yardstick for start-up time: the smallest Qt Widgets program that shows
// a window, started and stopped the way bench_startup starts shortcode-studio.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <cstdio>

namespace {

// The window's paint event comes first in the frame; the next event-loop
// turn comes after its children's paints and the flush to the screen.
class FirstPaint : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, [] {
                std::fputs("painted\n", stdout);
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return false;
    }
};

} // namespace

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
    FirstPaint firstPaint;
    if (app.arguments().contains(QStringLiteral("--quit-when-painted")))
        window.installEventFilter(&firstPaint);
    window.show();
    return app.exec();
}
