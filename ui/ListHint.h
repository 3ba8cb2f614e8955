#pragma once

#include <QLabel>

class QAbstractScrollArea;

// A line of text in the middle of an empty list ("No job matches …"), so an empty view says why
// it is empty. Follows the view's size; clicks go through to the view.
class ListHint final : public QLabel {
    Q_OBJECT
public:
    explicit ListHint(QAbstractScrollArea *view);

    // Empty hides the hint.
    void showHint(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitToView();

    QWidget *m_viewport;
};
