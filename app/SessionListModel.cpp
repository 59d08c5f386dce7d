#include "SessionListModel.h"

#include "SessionLabels.h"

namespace stepstone {

SessionListModel::SessionListModel(QObject* parent)
    : ProfileListModel(50, parent) {}

QMetaObject::Connection SessionListModel::watchStore() {
    Profile* profile = session() ? session()->profile() : nullptr;
    return profile ? connect(&profile->sessions(), &SessionStore::changed, this,
                             &SessionListModel::reload)
                   : QMetaObject::Connection();
}

void SessionListModel::setIncludeCancelled(bool include) {
    if (include == m_includeCancelled)
        return;
    m_includeCancelled = include;
    Q_EMIT includeCancelledChanged();
    reload();
}

QString SessionListModel::readRows() {
    m_sessions.clear();
    QString error;
    const auto account = currentAccount(&error);
    if (!account)
        return error;
    auto upcoming = session()->profile()->sessions().upcoming(
        *account, session()->clock().now(), limit(),
        m_includeCancelled ? SessionStore::Cancelled::Include : SessionStore::Cancelled::Leave);
    if (!upcoming)
        return upcoming.error().message();
    m_sessions = std::move(*upcoming);
    return {};
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Session& item = m_sessions[std::size_t(index.row())];
    switch (role) {
    case SessionIdRole:
        return item.id;
    case TitleRole:
        return item.title.isEmpty() ? sessionLabels::kind(item.kind) : item.title;
    case KindTextRole:
        return sessionLabels::kind(item.kind);
    case DayTextRole:
        return sessionLabels::day(item.start, session() ? session()->clock().now() : item.start);
    case TimeTextRole:
        return sessionLabels::timeRange(item.start, item.end);
    case PlaceRole:
        return item.place;
    case VideoLinkRole:
        return item.videoLink ? item.videoLink->toString() : QString();
    case CommentRole:
        return item.comment;
    case CancelledRole:
        return item.status == Session::Status::Cancelled;
    case StatusTextRole:
        // A booked session is the normal case; only the others are worth a badge.
        return item.status == Session::Status::Booked ? QString()
                                                      : sessionLabels::status(item.status);
    case AnswerRole:
        return codeFor(item.answer);
    case UntilTextRole:
        return sessionLabels::until(item.start, item.end,
                                    session() ? session()->clock().now() : item.start);
    case AnswerPendingRole:
        return item.answerPending;
    case VideoLinkWithheldRole:
        return item.videoLinkWithheld;
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionListModel::roleNames() const {
    return {
        {SessionIdRole, "sessionId"},
        {TitleRole, "title"},
        {KindTextRole, "kindText"},
        {DayTextRole, "dayText"},
        {TimeTextRole, "timeText"},
        {PlaceRole, "place"},
        {VideoLinkRole, "videoLink"},
        {CommentRole, "comment"},
        {CancelledRole, "cancelled"},
        {StatusTextRole, "statusText"},
        {AnswerRole, "answer"},
        {AnswerPendingRole, "answerPending"},
        {VideoLinkWithheldRole, "videoLinkWithheld"},
        {UntilTextRole, "untilText"},
    };
}

} // namespace stepstone
