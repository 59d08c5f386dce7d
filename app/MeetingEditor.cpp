#include "MeetingEditor.h"

#include "MeetingLabels.h"

#include <QLocale>

namespace stepstone {

namespace {

std::optional<QTime> timeFromText(const QString& text) {
    if (auto time = timeOfDayFromText(text))
        return time;
    const QTime local = QLocale().toTime(text.trimmed(), QLocale::ShortFormat);
    if (local.isValid())
        return QTime(local.hour(), local.minute());
    return std::nullopt;
}

QString fieldOf(MeetingProblem problem) {
    switch (problem) {
    case MeetingProblem::EmptyName:
    case MeetingProblem::NameTooLong:
        return QStringLiteral("name");
    case MeetingProblem::NoSuchWeekday:
        return QStringLiteral("day");
    case MeetingProblem::NotATime:
        return QStringLiteral("time");
    case MeetingProblem::LinkNotHttps:
    case MeetingProblem::LinkUnusable:
        return QStringLiteral("link");
    case MeetingProblem::PlaceTooLong:
        return QStringLiteral("place");
    case MeetingProblem::NoteTooLong:
        break;
    }
    return QStringLiteral("note");
}

} // namespace

void MeetingEditor::setSession(ProfileSession* session) {
    if (m_session == session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

QStringList MeetingEditor::kindNames() const {
    return meetingLabels::kinds();
}

QStringList MeetingEditor::weekdayNames() const {
    return meetingLabels::weekdays();
}

bool MeetingEditor::save(const QString& meetingId, const QString& name, int kind, int weekday,
                         const QString& time, const QString& place, const QString& link,
                         const QString& note) {
    Profile* profile = m_session ? m_session->profile() : nullptr;
    if (!profile) {
        setError(StoreError{StoreErrorKind::NotFound, {}}.message(), {});
        return false;
    }
    MeetingDetails details;
    details.name = name.trimmed();
    details.kind = kind >= int(MeetingKind::TwelveStep) && kind <= int(MeetingKind::Other)
                       ? MeetingKind(kind)
                       : MeetingKind::Other;
    details.weekday = weekday;
    details.timeOfDay = timeFromText(time).value_or(QTime());
    details.place = place.trimmed();
    details.link = link.trimmed();
    details.note = note.trimmed();
    if (const auto problem = problemWith(details)) {
        setError(meetingLabels::problem(*problem), fieldOf(*problem));
        return false;
    }
    const QUuid id = QUuid::fromString(meetingId);
    auto written = meetingId.isEmpty() ? profile->meetings().add(details)
                                       : profile->meetings().update(id, details);
    if (!written) {
        setError(written.error().message(), {});
        return false;
    }
    setError({}, {});
    Q_EMIT saved();
    return true;
}

void MeetingEditor::setError(const QString& text, const QString& field) {
    if (m_errorText == text && m_errorField == field)
        return;
    m_errorText = text;
    m_errorField = field;
    Q_EMIT errorChanged();
}

} // namespace stepstone
