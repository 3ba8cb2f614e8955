#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

// Where files are saved, how many are saved at once, and the speed limit: reachable from the
// window's toolbar, not only from a context menu.
class TransferSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    struct Values {
        QString folder;
        int maxConcurrent = 3;
        // Bytes per second; 0 is no limit.
        qint64 speedLimit = 0;
    };

    explicit TransferSettingsDialog(const Values &values, QWidget *parent = nullptr);

    Values values() const;

private:
    void browse();

    QLineEdit *m_folderEdit;
    QSpinBox *m_concurrentSpin;
    QDoubleSpinBox *m_speedSpin;
};
