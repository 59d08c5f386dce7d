#include "PlanModel.h"

#include "contact/PhoneNumber.h"

#include <utility>

namespace stepstone {

namespace {

PlanEntry trimmed(const QString& text, const QString& phone, const QString& whenToCall) {
    return {text.trimmed(), phone.trimmed(), whenToCall.trimmed()};
}

} // namespace

PlanModel::PlanModel(PlanQuestionnaire questionnaire, ProfileSession& session, QObject* parent)
    : QAbstractListModel(parent)
    , m_questionnaire(std::move(questionnaire))
    , m_session(session) {
    connect(&m_session, &ProfileSession::stateChanged, this, &PlanModel::watchStore);
    watchStore();
}

void PlanModel::watchStore() {
    Profile* profile = m_session.profile();
    if (profile && !m_watching) {
        m_watching = true;
        connect(&profile->plan(), &PlanStore::changed, this, &PlanModel::reload);
    }
    reload();
}

void PlanModel::reload() {
    Profile* profile = m_session.profile();
    RelapsePlan plan;
    if (profile) {
        auto stored = profile->plan().plan();
        if (!stored)
            setErrorText(stored.error().message());
        else
            plan = std::move(*stored);
    }
    // Rows stay (the sections are the Questionnaire's); only a section whose entries changed is
    // told, so the page keeps its place and the keyboard focus.
    const RelapsePlan before = std::exchange(m_plan, std::move(plan));
    const auto& sections = m_questionnaire.sections();
    for (std::size_t row = 0; row < sections.size(); ++row) {
        if (before.section(sections[row].linkId) == m_plan.section(sections[row].linkId))
            continue;
        const QModelIndex changed = index(int(row));
        Q_EMIT dataChanged(changed, changed, {EntriesRole, EntryCountRole});
    }
    Q_EMIT planChanged();
}

int PlanModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_questionnaire.sections().size());
}

QVariant PlanModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlanSectionDefinition& section = m_questionnaire.sections()[std::size_t(index.row())];
    const std::vector<PlanEntry>& entries = m_plan.section(section.linkId);
    switch (role) {
    case LinkIdRole:
        return section.linkId;
    case TitleRole:
    case Qt::DisplayRole:
        return section.title;
    case HelpRole:
        return section.help;
    case ContactsRole:
        return section.kind == PlanSectionDefinition::Kind::Contacts;
    case AsksWhenRole:
        return !section.whenLinkId.isEmpty();
    case EntriesRole: {
        QVariantList list;
        for (const PlanEntry& entry : entries)
            list << entryMap(entry);
        return list;
    }
    case EntryCountRole:
        return int(entries.size());
    default:
        return {};
    }
}

QHash<int, QByteArray> PlanModel::roleNames() const {
    return {{LinkIdRole, "linkId"},        {TitleRole, "title"},       {HelpRole, "help"},
            {ContactsRole, "contacts"},    {AsksWhenRole, "asksWhen"}, {EntriesRole, "entries"},
            {EntryCountRole, "entryCount"}};
}

QStringList PlanModel::copingSteps() const {
    QStringList steps;
    for (const PlanEntry& entry : m_plan.section(QString::fromLatin1(planSections::kCoping)))
        steps << entry.text;
    return steps;
}

QVariantList PlanModel::people() const {
    QVariantList list;
    for (const char* section : {planSections::kPeople, planSections::kProfessionals})
        for (const PlanEntry& entry : m_plan.section(QString::fromLatin1(section)))
            list << entryMap(entry);
    return list;
}

QVariantList PlanModel::firstPeople() const {
    QVariantList callable;
    for (const QVariant& person : people())
        if (person.toMap().value(QStringLiteral("callable")).toBool() && callable.size() < 2)
            callable << person;
    return callable;
}

QVariantMap PlanModel::entryMap(const PlanEntry& entry) const {
    const bool callable = PhoneNumber::parse(entry.phone).has_value();
    const QString note = entry.phone.isEmpty() || callable
                             ? QString()
                             : tr("Not a number a phone can dial, so there is no call button. "
                                  "It is kept as you wrote it.");
    return {{QStringLiteral("text"), entry.text},
            {QStringLiteral("phone"), entry.phone},
            {QStringLiteral("whenToCall"), entry.whenToCall},
            {QStringLiteral("callable"), callable},
            {QStringLiteral("dialNote"), note}};
}

QString PlanModel::problemWith(const PlanEntry& entry) const {
    if (entry.text.isEmpty())
        return tr("Write something first.");
    if (entry.text.size() > PlanEntry::kMaxTextLength ||
        entry.phone.size() > PlanEntry::kMaxTextLength ||
        entry.whenToCall.size() > PlanEntry::kMaxTextLength)
        return tr("That is too long: keep it under %n characters.", nullptr,
                  PlanEntry::kMaxTextLength);
    return {};
}

bool PlanModel::add(const QString& linkId, const QString& text, const QString& phone,
                    const QString& whenToCall) {
    if (!m_questionnaire.section(linkId))
        return false;
    const PlanEntry entry = trimmed(text, phone, whenToCall);
    if (const QString problem = problemWith(entry); !problem.isEmpty()) {
        setErrorText(problem);
        return false;
    }
    PlanContent content = m_plan.content;
    if (content[linkId].size() >= std::size_t(RelapsePlan::kMaxEntriesPerSection)) {
        setErrorText(tr("This part of the plan is full: change or remove something first."));
        return false;
    }
    content[linkId].push_back(entry);
    return save(std::move(content));
}

bool PlanModel::replace(const QString& linkId, int index, const QString& text, const QString& phone,
                        const QString& whenToCall) {
    PlanContent content = m_plan.content;
    std::vector<PlanEntry>& entries = content[linkId];
    if (index < 0 || std::size_t(index) >= entries.size())
        return false;
    const PlanEntry entry = trimmed(text, phone, whenToCall);
    if (const QString problem = problemWith(entry); !problem.isEmpty()) {
        setErrorText(problem);
        return false;
    }
    entries[std::size_t(index)] = entry;
    return save(std::move(content));
}

bool PlanModel::remove(const QString& linkId, int index) {
    PlanContent content = m_plan.content;
    std::vector<PlanEntry>& entries = content[linkId];
    if (index < 0 || std::size_t(index) >= entries.size())
        return false;
    entries.erase(entries.begin() + index);
    return save(std::move(content));
}

bool PlanModel::move(const QString& linkId, int from, int to) {
    PlanContent content = m_plan.content;
    std::vector<PlanEntry>& entries = content[linkId];
    const int count = int(entries.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return false;
    PlanEntry moved = entries[std::size_t(from)];
    entries.erase(entries.begin() + from);
    entries.insert(entries.begin() + to, std::move(moved));
    return save(std::move(content));
}

bool PlanModel::save(PlanContent content) {
    Profile* profile = m_session.profile();
    if (!profile)
        return false;
    auto saved = profile->plan().save(content, m_questionnaire.canonical());
    if (!saved) {
        setErrorText(saved.error().message());
        return false;
    }
    setErrorText({});
    return true; // the store's changed() reloads the rows
}

void PlanModel::setErrorText(const QString& text) {
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace stepstone
