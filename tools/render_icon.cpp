// videodb-render-icon INPUT.svg SIZE OUTPUT.png: the SVG drawn into a transparent square PNG.

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[]) {
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    bool sizeIsNumber = false;
    const int size = arguments.size() == 4 ? arguments.at(2).toInt(&sizeIsNumber) : 0;
    if (!sizeIsNumber || size < 1) {
        QTextStream(stderr) << "usage: videodb-render-icon INPUT.svg SIZE OUTPUT.png\n";
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        QTextStream(stderr) << "videodb-render-icon: cannot read " << arguments.at(1) << '\n';
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    if (!image.save(arguments.at(3), "PNG")) {
        QTextStream(stderr) << "videodb-render-icon: cannot write " << arguments.at(3) << '\n';
        return 1;
    }
    return 0;
}
