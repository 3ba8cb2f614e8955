#include "ui/DialogSeam.h"

#include <deque>

namespace {
std::deque<DialogSeam::Handler> &handlers() {
    static std::deque<DialogSeam::Handler> queue;
    return queue;
}
} // namespace

int DialogSeam::exec(QDialog &dialog) {
    if (handlers().empty())
        return dialog.exec();
    const Handler handler = handlers().front();
    handlers().pop_front();
    return handler(dialog);
}

void DialogSeam::setNextHandler(Handler handler) {
    handlers().push_back(std::move(handler));
}

bool DialogSeam::hasPendingHandlers() {
    return !handlers().empty();
}

void DialogSeam::clearHandlers() {
    handlers().clear();
}
