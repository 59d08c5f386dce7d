#include "FormSession.h"

#include "FormLabels.h"
#include "forms/CrisisPrompt.h"
#include "forms/ScoreAnswers.h"
#include "forms/Validation.h"

#include <QJsonArray>
#include <cmath>

namespace stepstone {

using namespace forms;

namespace {

int optionIndex(const QuestionnaireItem& item, const AnswerValue& answer) {
    for (size_t i = 0; i < item.answerOptions.size(); ++i)
        if (item.answerOptions[i].value == answer)
            return int(i);
    return -1;
}

std::optional<double> numberIn(const std::vector<AnswerValue>& answers) {
    if (answers.empty())
        return std::nullopt;
    if (const auto* integer = std::get_if<qint64>(&answers.front()))
        return double(*integer);
    if (const auto* decimal = std::get_if<double>(&answers.front()))
        return *decimal;
    return std::nullopt;
}

} // namespace

FormSession::FormSession(QObject* parent)
    : QAbstractListModel(parent) {}

FormSession::~FormSession() = default;

bool FormSession::open(const Questionnaire& form, const QJsonObject& savedResponse) {
    beginResetModel();
    m_form = std::make_unique<Questionnaire>(form);
    m_enablement = std::make_unique<Enablement>(*m_form);
    m_asksCrisisLines = forms::asksCrisisLines(*m_form);
    if (savedResponse.isEmpty()) {
        m_draft = std::make_unique<ResponseDraft>(ResponseDraft::startedFrom(*m_form));
        m_unplaced.clear();
    } else {
        ReadResponse read = draftFromJson(*m_form, savedResponse);
        m_draft = std::make_unique<ResponseDraft>(std::move(read.draft));
        m_unplaced = read.unplaced;
    }
    m_enablement->pruneDisabled(*m_draft);
    rescore();
    m_typed.clear();
    m_problems.clear();
    m_showMissing = false;
    m_rows = formRows(*m_form, *m_draft, *m_enablement);
    endResetModel();
    refreshProblems();
    Q_EMIT formChanged();
    return true;
}

QJsonObject FormSession::response(const ResponseHeader& header) const {
    return m_form ? responseJson(*m_form, *m_draft, header) : QJsonObject();
}

const ResponseDraft& FormSession::draft() const {
    static const ResponseDraft none;
    return m_draft ? *m_draft : none;
}

QString FormSession::title() const {
    return m_form ? m_form->title : QString();
}

QString FormSession::copyright() const {
    return m_form ? m_form->copyright : QString();
}

int FormSession::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> FormSession::roleNames() const {
    return {{KindRole, "kind"},
            {TextRole, "text"},
            {DepthRole, "depth"},
            {RequiredRole, "mandatory"},
            {ReadOnlyRole, "readOnly"},
            {OpenRole, "open"},
            {AnswerTextRole, "answerText"},
            {YesNoRole, "yesNo"},
            {OptionsRole, "options"},
            {SelectedRole, "selected"},
            {CurrentIndexRole, "currentIndex"},
            {OtherTextRole, "otherText"},
            {NumberRole, "number"},
            {AnsweredRole, "answered"},
            {FromRole, "from"},
            {ToRole, "to"},
            {StepRole, "step"},
            {ProblemRole, "problem"},
            {NoteRole, "note"},
            {HintRole, "hint"},
            {UnitRole, "unit"},
            {MaxLengthRole, "maxLength"},
            {CanRemoveRole, "canRemove"}};
}

QVariant FormSession::data(const QModelIndex& index, int role) const {
    const FormRow* row = rowAt(index.row());
    if (!row)
        return {};
    const QuestionnaireItem& item = *row->item;
    const std::vector<AnswerValue>& answers = m_draft->answers(row->path);
    switch (role) {
    case KindRole:
        return row->kind;
    case TextRole: {
        const QString text =
            item.prefix.isEmpty() ? item.text : item.prefix + QLatin1Char(' ') + item.text;
        if (row->kind == u"add-instance")
            return formLabels::addInstance(text);
        if (row->kind == u"group" && item.repeats)
            return formLabels::instanceTitle(text, row->path.back().instance);
        return text;
    }
    case DepthRole:
        return row->depth;
    case RequiredRole:
        return item.required;
    case ReadOnlyRole:
        return item.readOnly || m_finished;
    case AnswerTextRole: {
        if (const auto typed = m_typed.constFind(key(row->path)); typed != m_typed.constEnd())
            return *typed;
        QStringList texts;
        for (const AnswerValue& answer : answers)
            texts.append(formLabels::valueText(answer));
        return texts.join(QLatin1String(", "));
    }
    case YesNoRole:
        if (answers.empty() || !std::holds_alternative<bool>(answers.front()))
            return -1;
        return std::get<bool>(answers.front()) ? 1 : 0;
    case OptionsRole: {
        QStringList labels;
        for (const AnswerOption& option : item.answerOptions)
            labels.append(option.label.isEmpty() ? formLabels::valueText(option.value)
                                                 : option.label);
        return labels;
    }
    case SelectedRole: {
        QVariantList selected;
        for (const AnswerOption& option : item.answerOptions)
            selected.append(std::find(answers.begin(), answers.end(), option.value) !=
                            answers.end());
        return selected;
    }
    case CurrentIndexRole:
        return answers.empty() ? -1 : optionIndex(item, answers.front());
    case OtherTextRole:
        for (const AnswerValue& answer : answers)
            if (std::holds_alternative<QString>(answer) && optionIndex(item, answer) < 0)
                return std::get<QString>(answer);
        return QString();
    case NumberRole:
        return numberIn(answers).value_or(item.minValue.value_or(0));
    case AnsweredRole:
        return !answers.empty();
    case FromRole:
        return item.minValue.value_or(0);
    case ToRole:
        return item.maxValue.value_or(10);
    case StepRole:
        return item.sliderStep.value_or(1);
    case ProblemRole:
        return m_problems.value(key(row->path));
    case NoteRole:
        if (row->kind == u"unsupported")
            return formLabels::unsupportedNote(item.unsupportedReason);
        if (row->kind == u"calculated")
            return m_unscored.contains(item.linkId) ? formLabels::scoreUnavailable()
                                                    : formLabels::calculatedNote();
        return QString();
    case HintRole:
        return formLabels::hint(row->kind);
    case UnitRole:
        if (!item.unit)
            return QString();
        return item.unit->display.isEmpty() ? item.unit->code : item.unit->display;
    case MaxLengthRole:
        return item.maxLength.value_or(-1);
    case OpenRole:
        return item.type == ItemType::OpenChoice;
    case CanRemoveRole:
        return row->kind == u"group" && item.repeats && !item.readOnly && !m_finished &&
               m_draft->instanceCount(row->path) > 1;
    default:
        return {};
    }
}

void FormSession::setText(int row, const QString& text) {
    const FormRow* at = rowAt(row);
    if (!at || m_finished)
        return;
    const QString where = key(at->path);
    const auto typed = typedAnswer(*at->item, text, QLocale());
    m_typed.remove(where);
    m_typedProblems.remove(where);
    if (const auto* value = std::get_if<AnswerValue>(&typed)) {
        answer(row, {*value});
        return;
    }
    if (const auto* problem = std::get_if<AnswerProblemKind>(&typed)) {
        m_typed.insert(where, text);
        m_typedProblems.insert(where, formLabels::problem(*problem));
    }
    answer(row, {});
}

void FormSession::setYesNo(int row, bool yes) {
    answer(row, {yes});
}

void FormSession::chooseOption(int row, int option) {
    const FormRow* at = rowAt(row);
    if (!at || option < 0 || size_t(option) >= at->item->answerOptions.size())
        return;
    const AnswerValue& chosen = at->item->answerOptions[size_t(option)].value;
    if (at->kind != u"check-list") {
        answer(row, {chosen});
        return;
    }
    std::vector<AnswerValue> answers = m_draft->answers(at->path);
    if (const auto found = std::find(answers.begin(), answers.end(), chosen);
        found != answers.end())
        answers.erase(found);
    else
        answers.push_back(chosen);
    answer(row, std::move(answers));
}

void FormSession::setOtherText(int row, const QString& text) {
    const FormRow* at = rowAt(row);
    if (!at || at->item->type != ItemType::OpenChoice)
        return;
    std::vector<AnswerValue> answers;
    if (at->kind == u"check-list")
        for (const AnswerValue& answer : m_draft->answers(at->path))
            if (optionIndex(*at->item, answer) >= 0)
                answers.push_back(answer);
    if (!text.trimmed().isEmpty())
        answers.push_back(text);
    answer(row, std::move(answers));
}

void FormSession::setNumber(int row, double value) {
    const FormRow* at = rowAt(row);
    if (!at)
        return;
    if (at->item->type == ItemType::Integer)
        answer(row, {qint64(std::llround(value))});
    else if (at->item->type == ItemType::Decimal)
        answer(row, {value});
}

void FormSession::clearAnswer(int row) {
    if (const FormRow* at = rowAt(row)) {
        m_typed.remove(key(at->path));
        m_typedProblems.remove(key(at->path));
    }
    answer(row, {});
}

int FormSession::addInstance(int row) {
    const FormRow* at = rowAt(row);
    if (!at || at->kind != u"add-instance" || m_finished)
        return -1;
    const ItemPath added = m_draft->addInstance(at->path);
    afterChange();
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].path.size() > added.size() &&
            std::equal(added.begin(), added.end(), m_rows[i].path.begin()))
            return int(i);
    return -1;
}

void FormSession::removeInstance(int row) {
    const FormRow* at = rowAt(row);
    if (!at || at->kind != u"group" || m_finished)
        return;
    // Typed text is kept by path, and the later instances' paths are about to move.
    m_typed.clear();
    m_typedProblems.clear();
    m_draft->removeInstance(at->path);
    afterChange();
}

bool FormSession::checkBeforeSending() {
    m_showMissing = true;
    refreshProblems();
    return m_problems.isEmpty();
}

void FormSession::answer(int row, std::vector<AnswerValue> answers) {
    const FormRow* at = rowAt(row);
    if (!at || at->item->readOnly || m_finished)
        return;
    if (!at->item->repeats && answers.size() > 1)
        answers.resize(1);
    m_draft->setAnswers(at->path, std::move(answers));
    afterChange();
}

void FormSession::afterChange() {
    for (const ItemPath& cleared : m_enablement->pruneDisabled(*m_draft)) {
        m_typed.remove(key(cleared));
        m_typedProblems.remove(key(cleared));
    }
    rescore();
    refreshRows();
    refreshProblems();
    Q_EMIT answersChanged();
}

void FormSession::rescore() {
    m_unscored = forms::rescore(*m_form, *m_draft);
    const bool offers =
        m_asksCrisisLines && forms::offersCrisisLines(*m_form, responseJson(*m_form, *m_draft, {}));
    if (offers != m_offersCrisisLines) {
        m_offersCrisisLines = offers;
        Q_EMIT offersCrisisLinesChanged();
    }
}

void FormSession::setFinished(bool finished) {
    if (m_finished == finished)
        return;
    m_finished = finished;
    if (m_form)
        refreshRows();
    Q_EMIT formChanged();
}

void FormSession::refreshRows() {
    std::vector<FormRow> rows = formRows(*m_form, *m_draft, *m_enablement);
    if (m_finished)
        std::erase_if(rows, [](const FormRow& row) { return row.kind == u"add-instance"; });
    // Only the rows that came or went are inserted or removed, so the view keeps the others'
    // delegates, and the client's focus and cursor in them.
    size_t same = 0;
    while (same < m_rows.size() && same < rows.size() && m_rows[same].sameRowAs(rows[same]))
        ++same;
    size_t sameAtEnd = 0;
    while (sameAtEnd < m_rows.size() - same && sameAtEnd < rows.size() - same &&
           m_rows[m_rows.size() - 1 - sameAtEnd].sameRowAs(rows[rows.size() - 1 - sameAtEnd]))
        ++sameAtEnd;
    const int removed = int(m_rows.size() - same - sameAtEnd);
    const int added = int(rows.size() - same - sameAtEnd);
    if (removed > 0) {
        beginRemoveRows({}, int(same), int(same) + removed - 1);
        m_rows.erase(m_rows.begin() + qsizetype(same), m_rows.begin() + qsizetype(same) + removed);
        endRemoveRows();
    }
    if (added > 0) {
        beginInsertRows({}, int(same), int(same) + added - 1);
        m_rows.insert(m_rows.begin() + qsizetype(same), rows.begin() + qsizetype(same),
                      rows.begin() + qsizetype(same) + added);
        endInsertRows();
    }
    m_rows = std::move(rows);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

void FormSession::refreshProblems() {
    QHash<QString, QString> problems = m_typedProblems;
    for (const AnswerProblem& problem : problemsIn(*m_form, *m_draft, *m_enablement)) {
        if (problem.kind == AnswerProblemKind::Missing && !m_showMissing)
            continue;
        problems.insert(key(problem.item), formLabels::problem(problem));
    }
    int first = -1;
    if (m_showMissing)
        for (size_t row = 0; row < m_rows.size() && first < 0; ++row)
            if (problems.contains(key(m_rows[row].path)) && m_rows[row].kind != u"add-instance")
                first = int(row);
    const bool changed = problems != m_problems || first != m_firstProblemRow;
    m_problems = std::move(problems);
    m_firstProblemRow = first;
    if (changed) {
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {ProblemRole});
        Q_EMIT problemsChanged();
    }
}

const FormRow* FormSession::rowAt(int row) const {
    return row >= 0 && size_t(row) < m_rows.size() && m_draft ? &m_rows[size_t(row)] : nullptr;
}

QString FormSession::key(const ItemPath& path) const {
    QString text;
    for (const PathStep& step : path)
        text += step.linkId + QChar(0x1f) + QString::number(step.instance) + QChar(0x1e);
    return text;
}

} // namespace stepstone
