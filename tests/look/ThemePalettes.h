#pragma once

#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

// The themes the look is checked under: Fusion's light palette, a typical dark one and a
// black-and-white high-contrast one. Shared by the contrast test and the screenshot tour.
class ThemePalettes final {
public:
    static QPalette light() {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        return fusion->standardPalette();
    }

    static QPalette dark() {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
        palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
        palette.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x3e));
        palette.setColor(QPalette::Mid, QColor(0x24, 0x24, 0x24));
        palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
        palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
        palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::ToolTipText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
        for (QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
        return palette;
    }

    static QPalette highContrast() {
        QPalette palette;
        for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase,
                                         QPalette::Button, QPalette::ToolTipBase, QPalette::Shadow})
            palette.setColor(role, Qt::black);
        for (QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
              QPalette::BrightText, QPalette::Light, QPalette::Midlight, QPalette::Mid,
              QPalette::Dark, QPalette::PlaceholderText})
            palette.setColor(role, Qt::white);
        palette.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
        palette.setColor(QPalette::HighlightedText, Qt::black);
        palette.setColor(QPalette::Link, QColor(0xff, 0xff, 0x00));
        return palette;
    }
};
