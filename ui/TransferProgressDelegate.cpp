#include "ui/TransferProgressDelegate.h"

#include "core/jobs/JobListModel.h"
#include "ui/StatusPalette.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

void TransferProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const {
    const auto transfer = index.data(JobListModel::TransferRole).value<TransferProgress>();
    const int percent = transfer.percent();
    // A bar only while there is a way to go; finished, failed and cancelled are just words.
    const bool underWay = transfer.phase == TransferProgress::Phase::Running ||
                          transfer.phase == TransferProgress::Phase::Waiting ||
                          transfer.phase == TransferProgress::Phase::Paused;
    if (!underWay || percent < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    // The row's selection background first, then the bar inside the cell's margins.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
    QStyleOptionProgressBar bar;
    bar.palette = option.palette;
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = percent;
    bar.textVisible = false;
    bar.state = option.state | QStyle::State_Horizontal;
    // A slim bar along the bottom and the words above it: the style's own centred text runs
    // into the filled part and loses its contrast there.
    const int barHeight = qMax(4, option.rect.height() / 5);
    bar.rect = QRect(option.rect.left() + 3, option.rect.bottom() - barHeight - 1,
                     option.rect.width() - 6, barHeight);
    style->drawControl(QStyle::CE_ProgressBarGroove, &bar, painter, option.widget);
    style->drawControl(QStyle::CE_ProgressBarContents, &bar, painter, option.widget);
    painter->save();
    painter->setFont(option.font);
    painter->setPen(textColour(option));
    const QRect textRect = option.rect.adjusted(4, 0, -4, -barHeight - 1);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(index.data().toString(), Qt::ElideRight,
                                                        textRect.width()));
    painter->restore();
}

QColor TransferProgressDelegate::textColour(const QStyleOptionViewItem &option) {
    if (option.state & QStyle::State_Selected)
        return option.palette.color(QPalette::HighlightedText);
    return StatusPalette(option.palette).rowText();
}
