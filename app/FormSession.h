#pragma once

#include "FormRows.h"
#include "forms/Questionnaire.h"
#include "forms/ResponseJson.h"

#include <QAbstractListModel>
#include <QHash>
#include <QQmlEngine>
#include <QSet>
#include <memory>

namespace stepstone {

// One form being filled in: its rows for the renderer, each answer as the client gives it,
// items switched on and off by enableWhen (with the answers of those switched off removed),
// and what stops it from being sent. Every change is announced by answersChanged(), for the
// owner to keep the draft.
class FormSession : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString title READ title NOTIFY formChanged)
    Q_PROPERTY(QString copyright READ copyright NOTIFY formChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY formChanged)
    // The row of the first problem after a try to send, or -1.
    Q_PROPERTY(int firstProblemRow READ firstProblemRow NOTIFY problemsChanged)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY problemsChanged)
    // The answers ask for the crisis lines at once (the PHQ-9's item 9 above "not at all").
    Q_PROPERTY(bool offersCrisisLines READ offersCrisisLines NOTIFY offersCrisisLinesChanged)
    // Answers already sent: shown as given, none can change.
    Q_PROPERTY(bool finished READ finished NOTIFY formChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        TextRole,
        DepthRole,
        RequiredRole,
        ReadOnlyRole,
        AnswerTextRole,
        YesNoRole,    // 1 yes, 0 no, -1 not answered
        OptionsRole,  // the options' words
        SelectedRole, // for each option, whether it is chosen
        CurrentIndexRole,
        OtherTextRole, // an open-choice answer in the client's own words
        NumberRole,    // a slider's value, or its minimum before an answer
        AnsweredRole,
        FromRole,
        ToRole,
        StepRole,
        ProblemRole,
        NoteRole,
        HintRole,
        UnitRole,
        MaxLengthRole,
        CanRemoveRole,
        OpenRole, // an open-choice question: options or the client's own words
    };
    Q_ENUM(Role)

    explicit FormSession(QObject* parent = nullptr);
    ~FormSession() override;

    // A form and, when resuming, the response saved before; false (and nothing loaded) when the
    // form cannot be read. Answers the form has no place for are kept aside, never guessed.
    bool open(const forms::Questionnaire& form, const QJsonObject& savedResponse = {});
    QJsonObject response(const forms::ResponseHeader& header) const;
    const forms::ResponseDraft& draft() const;
    QStringList unplacedAnswers() const { return m_unplaced; }

    QString title() const;
    QString copyright() const;
    bool loaded() const { return m_form != nullptr; }
    int firstProblemRow() const { return m_firstProblemRow; }
    int problemCount() const { return int(m_problems.size()); }
    bool offersCrisisLines() const { return m_offersCrisisLines; }
    bool finished() const { return m_finished; }
    void setFinished(bool finished);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The answer typed in a text field; text that cannot be read as the item's kind is kept as
    // typed, with the problem beside it, and is not an answer.
    Q_INVOKABLE void setText(int row, const QString& text);
    Q_INVOKABLE void setYesNo(int row, bool yes);
    // Chooses an option; in a check list, chooses or unchooses it.
    Q_INVOKABLE void chooseOption(int row, int option);
    Q_INVOKABLE void setOtherText(int row, const QString& text);
    Q_INVOKABLE void setNumber(int row, double value);
    Q_INVOKABLE void clearAnswer(int row);
    // Adds an instance after the group's last; returns the row of its first question, or -1.
    Q_INVOKABLE int addInstance(int row);
    Q_INVOKABLE void removeInstance(int row);
    // Whether the form can be sent: every problem is shown beside its question when not.
    Q_INVOKABLE bool checkBeforeSending();

Q_SIGNALS:
    void formChanged();
    void problemsChanged();
    void offersCrisisLinesChanged();
    // The answers changed (the draft should be kept now).
    void answersChanged();

private:
    void answer(int row, std::vector<forms::AnswerValue> answers);
    void afterChange();
    // Works the form's scores out again into the draft, and whether to offer the crisis lines.
    void rescore();
    void refreshRows();
    void refreshProblems();
    const FormRow* rowAt(int row) const;
    QString key(const forms::ItemPath& path) const;

    std::unique_ptr<forms::Questionnaire> m_form;
    std::unique_ptr<forms::Enablement> m_enablement;
    std::unique_ptr<forms::ResponseDraft> m_draft;
    std::vector<FormRow> m_rows;
    QStringList m_unplaced;
    // Text typed that is not an answer yet, and why, by the row's path.
    QHash<QString, QString> m_typed;
    QHash<QString, QString> m_typedProblems;
    // Every problem shown now, by the row's path.
    QHash<QString, QString> m_problems;
    // The items whose score failed: "score unavailable", never 0.
    QSet<QString> m_unscored;
    bool m_asksCrisisLines = false; // the form has an item that can offer them
    bool m_offersCrisisLines = false;
    bool m_showMissing = false;
    bool m_finished = false;
    int m_firstProblemRow = -1;
};

} // namespace stepstone
