// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/PrintJob.h"

#include <QImage>
#include <QWidget>

namespace station::widgets {

// Shows a label (or the first manifest page) as it will print, scaled to the widget, or
// the reason it cannot be printed (e.g. the code does not fit the label size).
class LabelPreview : public QWidget {
    Q_OBJECT
public:
    explicit LabelPreview(QWidget *parent = nullptr);

    // Renders the job at once: a label takes well under a millisecond.
    void setJob(const labels::PrintJob &job);
    const QImage &image() const { return m_image; }
    // Empty when the job renders; otherwise the translated reason.
    const QString &errorText() const { return m_error; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QString m_error;
};

} // namespace station::widgets
