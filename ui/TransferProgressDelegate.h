#pragma once

#include <QStyledItemDelegate>

// Draws the Download column as a progress bar carrying the speed and time left.
class TransferProgressDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
