#include "HomeworkListModel.h"

#include "HomeworkLabels.h"
#include "common/LocalTime.h"
#include "forms/Translation.h"
#include "model/FormCanonical.h"
#include "store/FormStore.h"
#include "store/HomeworkStore.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace stepstone {

namespace {

// Statuses of homework the client still has to do; a Task drafted, on hold, cancelled or failed
// at the clinic is not shown.
bool isToDo(const QString& status) {
    static const QStringList toDo = {
        QStringLiteral("requested"), QStringLiteral("received"),    QStringLiteral("accepted"),
        QStringLiteral("ready"),     QStringLiteral("in-progress"),
    };
    return toDo.contains(status);
}

QString formTitle(const std::optional<QJsonObject>& form, const QString& language) {
    return form ? forms::translated(*form, QLatin1String("title"), language) : QString();
}

} // namespace

HomeworkListModel::HomeworkListModel(QObject* parent)
    : ProfileListModel(0, parent)
    , m_day([this] { return session() ? localNow(session()->clock()).date() : QDate(); },
            std::chrono::minutes(1)) {
    connect(&m_day, &LocalDayWatch::dayChanged, this, &HomeworkListModel::reload);
}

void HomeworkListModel::setToDoOnly(bool toDoOnly) {
    if (toDoOnly == m_toDoOnly)
        return;
    m_toDoOnly = toDoOnly;
    Q_EMIT toDoOnlyChanged();
    reload();
}

QString HomeworkListModel::language() const {
    return forms::translationLanguage(QLocale());
}

QMetaObject::Connection HomeworkListModel::watchStore() {
    Profile* profile = session() ? session()->profile() : nullptr;
    return profile ? connect(&profile->homework(), &HomeworkStore::changed, this,
                             &HomeworkListModel::reload)
                   : QMetaObject::Connection();
}

QString HomeworkListModel::readRows() {
    m_rows.clear();
    m_day.read();
    QString error;
    if (session() && session()->profile()) {
        const QDateTime now = session()->clock().now();
        error = readTasks(now);
        if (error.isEmpty() && !m_toDoOnly)
            error = readOwn(now);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
        if (a.section != b.section)
            return a.section < b.section;
        if (a.own != b.own)
            return b.own;
        // Done and the client's own forms: the latest first; the rest: the soonest due first.
        const bool latestFirst = a.section == Section::Done || a.own;
        if (a.order.isValid() != b.order.isValid())
            return a.order.isValid();
        return latestFirst ? a.order > b.order : a.order < b.order;
    });
    const int toDo = int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& row) {
        return !row.own && row.section != Section::Done;
    }));
    const int pastDue = int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& row) {
        return row.section == Section::PastDue;
    }));
    if (toDo != m_toDoCount || pastDue != m_pastDueCount) {
        m_toDoCount = toDo;
        m_pastDueCount = pastDue;
        Q_EMIT countsChanged();
    }
    return error;
}

QString HomeworkListModel::readTasks(const QDateTime& now) {
    QString error;
    const auto account = currentAccount(&error);
    if (!account)
        return error;
    Profile& profile = *session()->profile();
    auto tasks = profile.homework().tasks(*account);
    auto responses = profile.homework().liveResponses(*account);
    if (!tasks || !responses)
        return (!tasks ? tasks.error() : responses.error()).message();
    QHash<QString, const HomeworkResponse*> answering;
    for (const HomeworkResponse& response : *responses)
        answering.insert(response.taskId, &response);
    const QDate today = withLocalOffset(now).date();
    for (const HomeworkTask& task : *tasks) {
        const QString status = task.currentStatus();
        const bool done = status == QLatin1String("completed");
        if ((!done && !isToDo(status)) || (done && m_toDoOnly))
            continue;
        const HomeworkResponse* response = answering.value(task.id);
        Row row;
        row.key = task.id;
        row.title = task.description;
        if (row.title.isEmpty()) {
            FormCanonical form = FormCanonical::parse(task.form);
            form.version = task.formVersion.value_or(form.version);
            const auto stored = profile.forms().clinicForm(*account, form);
            row.title = stored ? formTitle(*stored, language()) : QString();
        }
        if (row.title.isEmpty())
            row.title = QCoreApplication::translate("HomeworkLabels", "Homework from your clinic");
        if (done) {
            row.section = Section::Done;
            if (response)
                row.order = response->updatedAt;
            const QDate day = row.order.isValid() ? asLived(row.order).date() : QDate();
            if (!day.isValid())
                row.whenText = homeworkLabels::doneHeading();
            else if (task.localStatus)
                row.whenText = homeworkLabels::notSentYet(day, today);
            else
                row.whenText = homeworkLabels::finished(day, today, true);
        } else {
            const HomeworkDue due = homeworkDue(task.due, now);
            row.section =
                due.state == HomeworkDue::State::Overdue ? Section::PastDue : Section::ToDo;
            row.order = due.day.isValid() ? QDateTime::fromString(task.due, Qt::ISODateWithMs)
                                          : QDateTime();
            if (due.day.isValid() && !row.order.isValid())
                row.order = due.day.startOfDay();
            row.whenText = homeworkLabels::due(due, today);
            row.started = response != nullptr;
        }
        m_rows.push_back(std::move(row));
    }
    return {};
}

QString HomeworkListModel::readOwn(const QDateTime& now) {
    Profile& profile = *session()->profile();
    auto own = profile.homework().liveResponses(std::nullopt);
    if (!own)
        return own.error().message();
    const QDate today = withLocalOffset(now).date();
    for (const HomeworkResponse& response : *own) {
        const auto form = profile.forms().builtinForm(FormCanonical::parse(response.questionnaire));
        Row row;
        row.own = true;
        row.key = response.id.toString(QUuid::WithoutBraces);
        row.title = form ? formTitle(*form, language()) : QString();
        row.order = response.updatedAt;
        const bool done = response.status == HomeworkResponse::Status::Completed;
        row.section = done ? Section::Done : Section::ToDo;
        row.started = !done;
        row.whenText =
            done ? homeworkLabels::finished(asLived(response.updatedAt).date(), today, false)
                 : homeworkLabels::started(asLived(response.createdAt).date(), today);
        m_rows.push_back(std::move(row));
    }
    return {};
}

QVariant HomeworkListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case KindRole:
        return row.own ? QStringLiteral("own") : QStringLiteral("task");
    case KeyRole:
        return row.key;
    case TitleRole:
        return row.title;
    case WhenTextRole:
        return row.whenText;
    case SectionRole:
        switch (row.section) {
        case Section::PastDue:
            return homeworkLabels::pastDueHeading();
        case Section::ToDo:
            return homeworkLabels::toDoHeading();
        case Section::Done:
            return homeworkLabels::doneHeading();
        }
        return {};
    case StartedRole:
        return row.started;
    case DoneRole:
        return row.section == Section::Done;
    case PastDueRole:
        return row.section == Section::PastDue;
    default:
        return {};
    }
}

QHash<int, QByteArray> HomeworkListModel::roleNames() const {
    return {
        {KindRole, "kind"},         {KeyRole, "key"},         {TitleRole, "title"},
        {WhenTextRole, "whenText"}, {SectionRole, "section"}, {StartedRole, "started"},
        {DoneRole, "done"},         {PastDueRole, "pastDue"},
    };
}

} // namespace stepstone
