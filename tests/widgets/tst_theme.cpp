// SPDX-License-Identifier: GPL-3.0-or-later
// The theme on the offscreen platform: every control it restyles still draws all of its
// parts (spin box arrows, the combo box's drop-down arrow, check and radio indicators), in
// the standard and the high-contrast variant; font scaling works on pixel-sized fonts.
#include "widgets/Theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QImage>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyleOptionComboBox>
#include <QStyleOptionSpinBox>
#include <QTabBar>
#include <QTest>
#include <QVBoxLayout>

using namespace station;

namespace {

class ExposedSpinBox : public QSpinBox {
public:
    using QSpinBox::initStyleOption;
};

class ExposedComboBox : public QComboBox {
public:
    using QComboBox::initStyleOption;
};

class ExposedScrollBar : public QScrollBar {
public:
    using QScrollBar::initStyleOption;
};

int colourDistance(QRgb a, QRgb b) {
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
           std::abs(qBlue(a) - qBlue(b));
}

// The ink of a sub-control: pixels far from the most common colour (its ground) inside
// `rect`, and how wide the ink spans in each row.
struct Ink {
    int pixels = 0;
    QList<int> rowWidths; // from the leftmost to the rightmost inked pixel; inked rows only
};

Ink inkIn(const QImage &image, const QRect &rect) {
    QHash<QRgb, int> counts;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb ground = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            ground = it.key();
        }
    }
    Ink ink;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        int first = -1;
        int last = -1;
        for (int x = r.left(); x <= r.right(); ++x) {
            if (colourDistance(image.pixel(x, y), ground) > 150) {
                ++ink.pixels;
                last = x;
                if (first < 0)
                    first = x;
            }
        }
        if (first >= 0)
            ink.rowWidths << last - first + 1;
    }
    return ink;
}

// An arrow pointing up is narrow at the top and wide at the bottom; down is the reverse.
// Either is large enough to see and to aim at (a squeezed arrow a few pixels wide is not).
bool largeEnough(const Ink &ink) {
    return ink.rowWidths.size() >= 4 &&
           *std::max_element(ink.rowWidths.cbegin(), ink.rowWidths.cend()) >= 8;
}
bool pointsUp(const Ink &ink) {
    return largeEnough(ink) && ink.rowWidths.first() < ink.rowWidths.last();
}
bool pointsDown(const Ink &ink) {
    return largeEnough(ink) && ink.rowWidths.first() > ink.rowWidths.last();
}

QImage picture(QWidget *w) {
    return w->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

int differingPixels(const QImage &a, const QImage &b, const QRect &rect) {
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            n += colourDistance(a.pixel(x, y), b.pixel(x, y)) > 150 ? 1 : 0;
    return n;
}

} // namespace

class TestTheme : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { qApp->setStyleSheet(QString()); }

    void controlsDrawAllTheirParts_data() {
        QTest::addColumn<theme::Contrast>("contrast");
        QTest::newRow("standard") << theme::Contrast::Standard;
        QTest::newRow("high contrast") << theme::Contrast::High;
    }

    void controlsDrawAllTheirParts() {
        QFETCH(theme::Contrast, contrast);
        theme::apply(*qApp, contrast);
        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        auto *spin = new ExposedSpinBox;
        spin->setRange(0, 100);
        spin->setValue(50); // neither arrow is at its limit
        auto *combo = new ExposedComboBox;
        combo->addItems({QStringLiteral("Printer A"), QStringLiteral("Printer B")});
        auto *check = new QCheckBox(QStringLiteral("Check"));
        auto *radio = new QRadioButton(QStringLiteral("Radio"));
        layout->addWidget(spin);
        layout->addWidget(combo);
        layout->addWidget(check);
        layout->addWidget(radio);
        auto *scroll = new ExposedScrollBar;
        scroll->setOrientation(Qt::Vertical);
        scroll->setRange(0, 100);
        scroll->setPageStep(25);
        scroll->setFixedHeight(160);
        layout->addWidget(scroll);
        auto *tabs = new QTabBar;
        tabs->addTab(QStringLiteral("General"));
        tabs->addTab(QStringLiteral("Printers"));
        layout->addWidget(tabs);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStyleOptionSpinBox spinOption;
        spin->initStyleOption(&spinOption);
        const QImage spinImage = picture(spin);
        const QRect up = spin->style()->subControlRect(QStyle::CC_SpinBox, &spinOption,
                                                       QStyle::SC_SpinBoxUp, spin);
        const QRect down = spin->style()->subControlRect(QStyle::CC_SpinBox, &spinOption,
                                                         QStyle::SC_SpinBoxDown, spin);
        QVERIFY(up.isValid() && down.isValid());
        QVERIFY2(!up.intersects(down), "the spin box buttons overlap");
        // Inside the button's own border lines.
        const Ink upInk = inkIn(spinImage, up.adjusted(3, 2, -3, -2));
        const Ink downInk = inkIn(spinImage, down.adjusted(3, 2, -3, -2));
        QVERIFY2(upInk.pixels >= 8,
                 qPrintable(QStringLiteral("up arrow: %1 inked pixels").arg(upInk.pixels)));
        QVERIFY2(downInk.pixels >= 8,
                 qPrintable(QStringLiteral("down arrow: %1 inked pixels").arg(downInk.pixels)));
        QVERIFY(pointsUp(upInk));
        QVERIFY(pointsDown(downInk));

        QStyleOptionComboBox comboOption;
        combo->initStyleOption(&comboOption);
        const QImage comboImage = picture(combo);
        const QRect arrow = combo->style()->subControlRect(QStyle::CC_ComboBox, &comboOption,
                                                           QStyle::SC_ComboBoxArrow, combo);
        QVERIFY(arrow.isValid());
        const Ink arrowInk = inkIn(comboImage, arrow.adjusted(3, 3, -3, -3));
        QVERIFY2(
            arrowInk.pixels >= 8,
            qPrintable(QStringLiteral("drop-down arrow: %1 inked pixels").arg(arrowInk.pixels)));
        QVERIFY(pointsDown(arrowInk));
        // The text leaves room for the arrow.
        const QRect text = combo->style()->subControlRect(QStyle::CC_ComboBox, &comboOption,
                                                          QStyle::SC_ComboBoxEditField, combo);
        QVERIFY(!text.intersects(arrow.adjusted(2, 0, 0, 0)));

        // Indicators: a visible frame when off, a visibly different mark when on.
        for (QAbstractButton *button :
             {static_cast<QAbstractButton *>(check), static_cast<QAbstractButton *>(radio)}) {
            QStyleOptionButton option;
            option.initFrom(button);
            const QRect indicator = button->style()->subElementRect(
                qobject_cast<QCheckBox *>(button) ? QStyle::SE_CheckBoxIndicator
                                                  : QStyle::SE_RadioButtonIndicator,
                &option, button);
            QVERIFY(indicator.width() >= 14 && indicator.height() >= 14);
            const QImage off = picture(button);
            QVERIFY2(inkIn(off, indicator.adjusted(-2, -2, 2, 2)).pixels >= 20,
                     qPrintable(button->text() + QStringLiteral(": no visible frame")));
            button->setChecked(true);
            const QImage on = picture(button);
            QVERIFY2(differingPixels(off, on, indicator) >= 20,
                     qPrintable(button->text() + QStringLiteral(": on looks like off")));
        }

        // The scroll bar's handle stands out from its groove.
        QStyleOptionSlider slider;
        scroll->initStyleOption(&slider);
        const QRect handle = scroll->style()->subControlRect(QStyle::CC_ScrollBar, &slider,
                                                             QStyle::SC_ScrollBarSlider, scroll);
        QVERIFY(handle.height() >= 24);
        const QImage scrollImage = picture(scroll);
        const QPoint inGroove(handle.center().x(), scroll->height() - 6);
        QVERIFY(!handle.contains(inGroove));
        QVERIFY2(colourDistance(scrollImage.pixel(handle.center()), scrollImage.pixel(inGroove)) >
                     150,
                 "the scroll bar's handle cannot be told from its groove");

        // Both tabs carry their words.
        const QImage tabImage = picture(tabs);
        QVERIFY(inkIn(tabImage, tabs->tabRect(0).adjusted(4, 4, -4, -4)).pixels >= 20);
        QVERIFY(inkIn(tabImage, tabs->tabRect(1).adjusted(4, 4, -4, -4)).pixels >= 20);
    }

    // A short list (the settings' eight baud rates, three languages) opens whole: every item
    // in view, no scroll bar, wherever the field is on the screen.
    void comboBoxPopupsShowEveryItemOfAShortList_data() {
        QTest::addColumn<theme::Contrast>("contrast");
        QTest::addColumn<int>("items");
        QTest::newRow("standard, 3") << theme::Contrast::Standard << 3;
        QTest::newRow("standard, 8") << theme::Contrast::Standard << 8;
        QTest::newRow("high contrast, 8") << theme::Contrast::High << 8;
        QTest::newRow("standard, 10") << theme::Contrast::Standard << 10;
    }

    void comboBoxPopupsShowEveryItemOfAShortList() {
        QFETCH(theme::Contrast, contrast);
        QFETCH(int, items);
        theme::apply(*qApp, contrast);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *combo = new QComboBox;
        for (int i = 0; i < items; ++i)
            combo->addItem(QStringLiteral("%1 baud").arg(1200 << i));
        combo->setCurrentIndex(items - 1); // the popup is not placed over the current item
        layout->addStretch();
        layout->addWidget(combo);
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        combo->showPopup();
        QAbstractItemView *view = combo->view();
        QTRY_VERIFY(view->isVisible());
        QVERIFY2(!view->verticalScrollBar()->isVisible() ||
                     view->verticalScrollBar()->maximum() == 0,
                 qPrintable(
                     QStringLiteral("the popup scrolls: %1 of %2 px")
                         .arg(view->viewport()->height())
                         .arg(view->verticalScrollBar()->maximum() + view->viewport()->height())));
        for (int row = 0; row < items; ++row) {
            const QRect item = view->visualRect(combo->model()->index(row, 0));
            QVERIFY2(view->viewport()->rect().contains(item),
                     qPrintable(QStringLiteral("item %1 at %2..%3, the list shows 0..%4")
                                    .arg(row)
                                    .arg(item.top())
                                    .arg(item.bottom())
                                    .arg(view->viewport()->height() - 1)));
        }
        combo->hidePopup();
    }

    // Dialog buttons carry words only, whatever icons the desktop's theme offers.
    void dialogButtonsHaveNoIcons() {
        theme::apply(*qApp, theme::Contrast::Standard);
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                 QDialogButtonBox::Save | QDialogButtonBox::Close);
        for (QAbstractButton *button : buttons.buttons())
            QVERIFY2(button->icon().isNull(), qPrintable(button->text()));
        QCOMPARE(QApplication::style()->styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons,
                                                  nullptr, &buttons),
                 0);
    }

    // Applied again (a contrast chosen in Settings), the theme keeps its style object and
    // changes the colours of what is open.
    void applyingAgainKeepsTheStyleAndChangesThePalette() {
        theme::apply(*qApp, theme::Contrast::Standard);
        const QStyle *style = QApplication::style();
        QWidget open;
        open.show();
        QVERIFY(QTest::qWaitForWindowExposed(&open));
        const QColor standard = open.palette().color(QPalette::Window);
        theme::apply(*qApp, theme::Contrast::High);
        QCoreApplication::processEvents();
        QVERIFY(QApplication::style() == style);
        QVERIFY(open.palette().color(QPalette::Window) != standard);
        QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
        theme::apply(*qApp, theme::Contrast::Standard);
        QCoreApplication::processEvents();
        QVERIFY(QApplication::style() == style);
        QCOMPARE(open.palette().color(QPalette::Window), standard);
    }

    void fontsScaleWhetherSetInPixelsOrPoints() {
        QFont pixels;
        pixels.setPixelSize(17);
        QCOMPARE(theme::scaledFont(pixels, 2.0).pixelSize(), 34);
        QFont points;
        points.setPointSizeF(10.0);
        QCOMPARE(theme::scaledFont(points, 1.5).pointSizeF(), 15.0);
    }

    void contrastIsChosenByName() {
        QCOMPARE(theme::contrastFromName(QStringLiteral("high-contrast")), theme::Contrast::High);
        QCOMPARE(theme::contrastFromName(QStringLiteral("standard"), theme::Contrast::High),
                 theme::Contrast::Standard);
        QCOMPARE(theme::contrastFromName(QStringLiteral("sparkly")), theme::Contrast::Standard);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
