// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

// hoego_floor: the floor for Hoego's start-up (issue 17). A bare Qt Widgets window of Hoego's size with one Korean
// label, timed the way hoego's FirstPaintProbe times itself: the first paint of the window, in ms since the
// process started, printed as a hoego.perf line; then it quits, so hoego_bench reads it like a hoego run.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QTimer>

#include <cstdio>

namespace {

// Started during static initialisation, as hoego's process clock is.
QElapsedTimer &processClock()
{
    static QElapsedTimer clock;
    return clock;
}
[[maybe_unused]] const bool kClockStarted = (processClock().start(), true);

qint64 peakMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(QWidget *window)
        : m_window(window)
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, this, [] { // as hoego: after the rest of this paint pass
                std::fprintf(stderr, "hoego.perf: first paint %.1f ms\n", double(processClock().nsecsElapsed()) / 1e6);
                std::fprintf(stderr, "hoego.perf: peak memory %lld KiB\n", static_cast<long long>(peakMemoryKiB()));
                std::fflush(stderr);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    QWidget *m_window;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("회고: 한 해를 돌아보고 내년의 목표를 세웁니다"));
    label.setAlignment(Qt::AlignCenter);
    label.resize(1180, 780);
    FirstPaint probe(&label);
    label.show();
    return app.exec();
}
