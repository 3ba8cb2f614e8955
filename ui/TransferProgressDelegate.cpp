#include "ui/TransferProgressDelegate.h"

#include "core/jobs/JobListModel.h"

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
    // The row's selection background first, then the bar inside the cell's margins.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter);
    QStyleOptionProgressBar bar;
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
    QApplication::style()->drawControl(QStyle::CE_ProgressBarGroove, &bar, painter);
    QApplication::style()->drawControl(QStyle::CE_ProgressBarContents, &bar, painter);
    painter->save();
    painter->setPen(option.state & QStyle::State_Selected
                        ? option.palette.color(QPalette::HighlightedText)
                        : option.palette.color(QPalette::Text));
    painter->drawText(option.rect.adjusted(4, 0, -4, -barHeight - 1),
                      Qt::AlignLeft | Qt::AlignVCenter, index.data().toString());
    painter->restore();
}
