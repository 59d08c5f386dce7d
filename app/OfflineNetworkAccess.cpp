#include "OfflineNetworkAccess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace stepstone {

namespace {

// A reply that has already failed: nothing was sent, nothing will be read.
class RefusedReply final : public QNetworkReply {
public:
    RefusedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest& request,
                 QObject* parent)
        : QNetworkReply(parent) {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        setOpenMode(QIODevice::ReadOnly);
        setError(ContentAccessDenied, QStringLiteral("The app's interface loads nothing from "
                                                     "the network"));
        setFinished(true);
        // Signals after the caller has had the chance to connect to them.
        QTimer::singleShot(0, this, [this] {
            Q_EMIT errorOccurred(error());
            Q_EMIT finished();
        });
    }

    void abort() override {}

protected:
    qint64 readData(char*, qint64) override { return -1; }
};

class RefusingNetworkAccessManager final : public QNetworkAccessManager {
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request,
                                 QIODevice*) override {
        return new RefusedReply(operation, request, this);
    }
};

} // namespace

QNetworkAccessManager* OfflineNetworkAccess::create(QObject* parent) {
    return new RefusingNetworkAccessManager(parent);
}

} // namespace stepstone
