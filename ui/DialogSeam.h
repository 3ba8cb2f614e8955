#pragma once

#include <QDialog>

#include <functional>

// Every modal dialog the app opens goes through here. In normal use that is QDialog::exec();
// a test queues handlers that answer the next dialogs instead, without sleeping or racing a
// real event loop, and can do work (a refresh, a re-sort) while the dialog is "open".
class DialogSeam final {
public:
    using Handler = std::function<int(QDialog &dialog)>;

    static int exec(QDialog &dialog);
    static void setNextHandler(Handler handler);
    static bool hasPendingHandlers();
    static void clearHandlers();
};
