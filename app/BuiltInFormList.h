#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <vector>

namespace stepstone {

// The forms that come with the app (assets/forms), which the client may fill in on their own:
// the skills worksheets first, then the check-ins, each with its title and what it is for in the
// client's language.
class BuiltInFormList : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        NameRole = Qt::UserRole + 1, // for HomeworkForm.startBuiltIn
        TitleRole,
        DescriptionRole,
    };

    explicit BuiltInFormList(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Form {
        QString name;
        QString title;
        QString description;
    };
    std::vector<Form> m_forms;
};

} // namespace stepstone
