// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

class QApplication;
class QFont;
class QLabel;

// One calm palette and type scale for every screen: slate text on a light grey ground,
// one blue accent, and the three status colours used only together with words and icons.
namespace station::theme {

inline constexpr int kBannerPixelSize = 30;
inline constexpr int kCountPixelSize = 64;
inline constexpr int kBodyPixelSize = 17;

inline const QString kNeutralBg = QStringLiteral("#eef2f6");
inline const QString kNeutralBorder = QStringLiteral("#bcccdc");
inline const QString kNeutralText = QStringLiteral("#243b53");
inline const QString kSuccessBg = QStringLiteral("#e3f4e8");
inline const QString kSuccessBorder = QStringLiteral("#2f855a");
inline const QString kSuccessText = QStringLiteral("#1c4532");
inline const QString kRefusalBg = QStringLiteral("#fdecea");
inline const QString kRefusalBorder = QStringLiteral("#c53030");
inline const QString kRefusalText = QStringLiteral("#742a2a");
inline const QString kAttentionBg = QStringLiteral("#fff5e0");
inline const QString kAttentionBorder = QStringLiteral("#b7791f");
inline const QString kAttentionText = QStringLiteral("#744210");

// The table screen's banner, read from a metre away: the outcome of a scan fills it in a
// saturated colour with white words (green done, red refused), while waiting it is white
// and calm, so that "done" and "waiting" differ at a glance; amber asks for a next step.
inline const QString kBannerIdleBg = QStringLiteral("#ffffff");
inline const QString kBannerIdleBorder = QStringLiteral("#9fb3c8");
inline const QString kBannerIdleText = QStringLiteral("#243b53");
inline const QString kBannerSuccessBg = QStringLiteral("#276749");
inline const QString kBannerSuccessBorder = QStringLiteral("#1c4532");
inline const QString kBannerRefusalBg = QStringLiteral("#c53030");
inline const QString kBannerRefusalBorder = QStringLiteral("#822727");
inline const QString kBannerOnColourText = QStringLiteral("#ffffff");
inline const QString kBannerAttentionBg = QStringLiteral("#f6c343");
inline const QString kBannerAttentionBorder = QStringLiteral("#b7791f");
inline const QString kBannerAttentionText = QStringLiteral("#3b2a00");

// Standard is the calm palette above; High is black on white with heavier borders and
// focus frames, for glare and weak eyes. Both draw every control (arrows, check marks).
enum class Contrast { Standard, High };

// The contrast asked for outside the station's settings: STATION_THEME=high-contrast, or a
// high-contrast desktop theme (GTK_THEME, as GNOME sets it; Qt 6.4 has no portable hint).
Contrast contrastFromEnvironment();
Contrast contrastFromName(const QString &name, Contrast fallback = Contrast::Standard);

// Applies the application-wide style (Fusion, so every desktop draws the same), palette
// and style sheet (font size, panels, buttons, and every sub-control they restyle). Called
// again (the contrast changed in Settings), it keeps the style and re-applies the rest: open
// windows change at once.
void apply(QApplication &app, Contrast contrast = Contrast::Standard);

// `font` with the marks that start the station's headlines (✓, ✕, ⚠) drawn from one font in
// every language: the system's font of a Chinese desktop (WenQuanYi Micro Hei) draws ✓ as a
// square root √. DejaVu Sans (installed with the station) comes first; what it has no glyph
// for (Chinese) is drawn from `font`'s own families, as before.
QFont withOneFontForMarks(const QFont &font);

// `font` made `factor` times larger, whether its size is set in points or in pixels (the
// application font is in pixels, where QFont::pointSizeF() is -1).
QFont scaledFont(const QFont &font, qreal factor);

// A form's message label as a refusal (red and bold, QLabel#formError) or as information (the
// calm hint colour, QLabel#hint): a refusal stands out only if information is not red too.
void showAsRefusal(QLabel *label, bool refusal);

// A dialog's "why this answer was not taken" line under its field (reason, tube code, new
// staff member): red and bold, wrapped, plain text, hidden until there is something to say.
void setUpAnswerProblem(QLabel *label, const QString &objectName);
// Says `problem` on that line and grows its window to show it whole: a dialog keeps the
// height it opened with, and the wrapped words and the buttons under them were cut off.
void showAnswerProblem(QLabel *label, const QString &problem);

} // namespace station::theme
