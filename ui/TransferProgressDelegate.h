#pragma once

#include <QStyledItemDelegate>

// Draws the Download column as a progress bar carrying the speed and time left. Its colours
// come from the palette of each paint, so a theme change needs no bookkeeping here.
class TransferProgressDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The words above the bar: readable on the row's background, selected or not.
    static QColor textColour(const QStyleOptionViewItem &option);
};
