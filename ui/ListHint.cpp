#include "ui/ListHint.h"

#include <QAbstractScrollArea>
#include <QEvent>

ListHint::ListHint(QAbstractScrollArea *view)
    : QLabel(view->viewport())
    , m_viewport(view->viewport()) {
    setObjectName(QStringLiteral("listHint"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_viewport->installEventFilter(this);
    hide();
}

void ListHint::showHint(const QString &text) {
    setText(text);
    setVisible(!text.isEmpty());
    fitToView();
}

bool ListHint::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fitToView();
    return QLabel::eventFilter(watched, event);
}

void ListHint::fitToView() {
    const int margin = fontMetrics().height();
    setGeometry(m_viewport->rect().adjusted(margin, margin, -margin, -margin));
}
