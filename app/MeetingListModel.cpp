#include "MeetingListModel.h"

#include "MeetingLabels.h"
#include "common/SafeWebLink.h"

namespace stepstone {

namespace {

// Nobody keeps this many weekly meetings; the limit only bounds a damaged file.
constexpr int kMostMeetings = 500;

} // namespace

MeetingListModel::MeetingListModel(QObject* parent)
    : ProfileListModel(kMostMeetings, parent) {}

QMetaObject::Connection MeetingListModel::watchStore() {
    Profile* profile = session() ? session()->profile() : nullptr;
    return profile ? connect(&profile->meetings(), &MeetingStore::changed, this,
                             &MeetingListModel::reload)
                   : QMetaObject::Connection();
}

QString MeetingListModel::readRows() {
    m_meetings.clear();
    Profile* profile = session() ? session()->profile() : nullptr;
    if (!profile)
        return {};
    auto meetings = profile->meetings().list();
    if (!meetings)
        return meetings.error().message();
    m_meetings = std::move(*meetings);
    if (int(m_meetings.size()) > limit())
        m_meetings.resize(std::size_t(limit()));
    return {};
}

QVariant MeetingListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Meeting& meeting = m_meetings[std::size_t(index.row())];
    const MeetingDetails& details = meeting.details;
    switch (role) {
    case MeetingIdRole:
        return meeting.id.toString(QUuid::WithoutBraces);
    case NameRole:
        return details.name;
    case KindRole:
        return int(details.kind);
    case KindTextRole:
        return meetingLabels::kind(details.kind);
    case WeekdayRole:
        return details.weekday;
    case WhenTextRole:
        return meetingLabels::weekly(details);
    case TimeTextRole:
        return timeOfDayText(details.timeOfDay);
    case PlaceRole:
        return details.place;
    case LinkRole:
        return details.link;
    case LinkOpenableRole:
        return safeWebLink(details.link).has_value();
    case NoteRole:
        return details.note;
    default:
        return {};
    }
}

QHash<int, QByteArray> MeetingListModel::roleNames() const {
    return {
        {MeetingIdRole, "meetingId"},       {NameRole, "name"},       {KindRole, "kind"},
        {KindTextRole, "kindText"},         {WeekdayRole, "weekday"}, {WhenTextRole, "whenText"},
        {TimeTextRole, "timeText"},         {PlaceRole, "place"},     {LinkRole, "link"},
        {LinkOpenableRole, "linkOpenable"}, {NoteRole, "note"},
    };
}

} // namespace stepstone
