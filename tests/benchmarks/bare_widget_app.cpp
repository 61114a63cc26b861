// The yardstick for start-up time: the smallest Qt Widgets program that shows
// a window, started and stopped the way bench_startup starts shortcode-studio.
#include <QApplication>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

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
    window.show();
    if (app.arguments().contains(QStringLiteral("--quit-when-shown")))
        QTimer::singleShot(0, &app, &QApplication::quit);
    return app.exec();
}
