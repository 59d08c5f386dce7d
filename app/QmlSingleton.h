#pragma once

#include <QJSEngine>

class QQmlEngine;

namespace stepstone {

// The one object of type T that QML's singleton of that type stands for: the composition root
// sets it, each engine that asks gets it, and QML never owns it. Once the object goes, QML is
// handed null rather than a dangling pointer.
template <class T> class QmlSingleton {
public:
    static void setInstance(T* instance) { s_instance = instance; }
    static T* create(QQmlEngine*, QJSEngine*) {
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

protected:
    QmlSingleton() = default;
    ~QmlSingleton() {
        if (s_instance == static_cast<T*>(this))
            s_instance = nullptr;
    }

private:
    static inline T* s_instance = nullptr;
};

} // namespace stepstone
