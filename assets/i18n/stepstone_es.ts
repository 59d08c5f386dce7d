<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AppShell</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <source>You are not signed in to your clinic. Sign in again to keep sharing with your care team.</source>
        <translation>No has iniciado sesión en tu clínica. Vuelve a iniciar sesión para seguir compartiendo con tu equipo de atención.</translation>
    </message>
    <message>
        <source>Your clinic could not be reached. Check your connection; Stepstone will try again later.</source>
        <translation>No se pudo contactar a tu clínica. Revisa tu conexión; Stepstone lo intentará de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Your clinic did not accept the sign-in. Try again, or ask your clinic for help if it keeps happening.</source>
        <translation>Tu clínica no aceptó el inicio de sesión. Inténtalo de nuevo o pide ayuda a tu clínica si sigue pasando.</translation>
    </message>
    <message>
        <source>Your clinic&apos;s server answered in a way Stepstone does not understand. Ask your clinic for help.</source>
        <translation>El servidor de tu clínica respondió de una forma que Stepstone no entiende. Pide ayuda a tu clínica.</translation>
    </message>
</context>
<context>
    <name>CravingEditorPage</name>
    <message>
        <source>Edit craving</source>
        <translation>Editar deseo de consumir</translation>
    </message>
    <message>
        <source>Log a craving</source>
        <translation>Anotar un deseo de consumir</translation>
    </message>
    <message>
        <source>What set it off?</source>
        <translation>¿Qué lo provocó?</translation>
    </message>
    <message>
        <source>What was happening?</source>
        <translation>¿Qué estaba pasando?</translation>
    </message>
    <message>
        <source>Where you were, who was there, what you felt (optional)</source>
        <translation>Dónde estabas, quién estaba, qué sentías (opcional)</translation>
    </message>
    <message>
        <source>What was happening</source>
        <translation>Qué estaba pasando</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>¿Qué hiciste?</translation>
    </message>
    <message>
        <source>Coping skill used</source>
        <translation>Habilidad de afrontamiento usada</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>¿Cómo terminó?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete this craving log</source>
        <translation>Borrar este registro</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>CravingLabels</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Things</source>
        <translation>Cosas</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation>Hambre</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Enojo</translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation>Soledad</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>It passed</source>
        <translation>Se pasó</translation>
    </message>
    <message>
        <source>Still going</source>
        <translation>Sigue presente</translation>
    </message>
    <message>
        <source>I used</source>
        <translation>Consumí</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Ayer, %1</translation>
    </message>
</context>
<context>
    <name>CravingLogDelegate</name>
    <message>
        <source>Craving %1 of 10, %2, %3</source>
        <translation>Deseo de consumir %1 de 10, %2, %3</translation>
    </message>
</context>
<context>
    <name>FhirError</name>
    <message>
        <source>Can&apos;t reach your clinic. Stepstone will try again.</source>
        <translation>No se puede contactar a tu clínica. Stepstone lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>Your clinic is taking too long to answer. Stepstone will try again.</source>
        <translation>Tu clínica está tardando demasiado en responder. Stepstone lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>Your clinic&apos;s server is busy or having trouble. Stepstone will try again.</source>
        <translation>El servidor de tu clínica está ocupado o tiene problemas. Stepstone lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>This is no longer on your clinic&apos;s server.</source>
        <translation>Esto ya no está en el servidor de tu clínica.</translation>
    </message>
    <message>
        <source>Your clinic&apos;s server did not accept an update. It stays on this device.</source>
        <translation>El servidor de tu clínica no aceptó un cambio. Se queda en este dispositivo.</translation>
    </message>
    <message>
        <source>Sign in to your clinic again to keep sharing. Nothing is lost.</source>
        <translation>Vuelve a iniciar sesión en tu clínica para seguir compartiendo. No se pierde nada.</translation>
    </message>
    <message>
        <source>Your clinic sent something Stepstone could not read. The rest of your data is fine.</source>
        <translation>Tu clínica envió algo que Stepstone no pudo leer. El resto de tus datos está bien.</translation>
    </message>
    <message>
        <source>This clinic address is not secure (it must start with https).</source>
        <translation>Esta dirección de la clínica no es segura (debe empezar con https).</translation>
    </message>
    <message>
        <source>This was also changed at your clinic. Nothing you wrote is lost.</source>
        <translation>Esto también se cambió en tu clínica. No se pierde nada de lo que escribiste.</translation>
    </message>
    <message>
        <source>Your clinic has not set up a care team for you yet, so your sharing choice could not be sent. It is kept on this device and will be sent later.</source>
        <translation>Tu clínica todavía no te ha asignado un equipo de atención, así que no se pudo enviar lo que elegiste compartir. Se guarda en este dispositivo y se enviará más tarde.</translation>
    </message>
</context>
<context>
    <name>IntensityPicker</name>
    <message>
        <source>How strong is it?</source>
        <translation>¿Qué tan fuerte es?</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Craving intensity, %1 of %2</source>
        <translation>Intensidad del deseo, %1 de %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Strongest</source>
        <translation>Lo más fuerte</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Craving log</source>
        <translation>Registro de deseos</translation>
    </message>
    <message>
        <source>Log a craving</source>
        <translation>Anotar un deseo de consumir</translation>
    </message>
    <message>
        <source>No cravings logged yet.</source>
        <translation>Todavía no has anotado ningún deseo de consumir.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Stepstone</source>
        <translation>Stepstone</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Main navigation</source>
        <translation>Navegación principal</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Main navigation</source>
        <translation>Navegación principal</translation>
    </message>
</context>
<context>
    <name>OpenError</name>
    <message>
        <source>Stepstone could not get its key from your system keyring. If the keyring is locked, unlock it and try again. Your data is safe.</source>
        <translation>Stepstone no pudo obtener su clave del llavero del sistema. Si el llavero está bloqueado, desbloquéalo e inténtalo de nuevo. Tus datos están a salvo.</translation>
    </message>
    <message>
        <source>No system keyring is available to keep your key.</source>
        <translation>No hay un llavero del sistema donde guardar tu clave.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Elige una frase de contraseña de al menos %n carácter.</numerusform>
            <numerusform>Elige una frase de contraseña de al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase does not unlock your data.</source>
        <translation>Esa frase de contraseña no desbloquea tus datos.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Your data could not be unlocked: the key does not match, or the file is damaged. The file has been left as it is.</source>
        <translation>No se pudieron desbloquear tus datos: la clave no coincide o el archivo está dañado. El archivo no se ha tocado.</translation>
    </message>
    <message>
        <source>Your data file is damaged. It has been left as it is, so nothing more is lost.</source>
        <translation>Tu archivo de datos está dañado. No se ha tocado, para que no se pierda nada más.</translation>
    </message>
    <message>
        <source>This file is not an encrypted Stepstone file, so it was not opened.</source>
        <translation>Este archivo no es un archivo cifrado de Stepstone, así que no se abrió.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of Stepstone. Update the app to open it; the file has been left as it is.</source>
        <translation>Tus datos se guardaron con una versión más nueva de Stepstone. Actualiza la aplicación para abrirlos; el archivo no se ha tocado.</translation>
    </message>
    <message>
        <source>Your data could not be read or written. Check that the device has free space.</source>
        <translation>No se pudieron leer o escribir tus datos. Revisa que el dispositivo tenga espacio libre.</translation>
    </message>
    <message>
        <source>Some of what you entered could not be saved.</source>
        <translation>Parte de lo que escribiste no se pudo guardar.</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>Esa entrada ya no existe.</translation>
    </message>
    <message>
        <source>Something went wrong while saving.</source>
        <translation>Algo salió mal al guardar.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Having a craving?</source>
        <translation>¿Tienes ganas de consumir?</translation>
    </message>
    <message>
        <source>Writing it down helps it pass. It takes a few seconds.</source>
        <translation>Anotarlo ayuda a que pase. Toma unos segundos.</translation>
    </message>
    <message>
        <source>Log a craving</source>
        <translation>Anotar un deseo de consumir</translation>
    </message>
    <message>
        <source>Latest logs</source>
        <translation>Últimos registros</translation>
    </message>
    <message>
        <source>No cravings logged yet.</source>
        <translation>Todavía no has anotado ningún deseo de consumir.</translation>
    </message>
    <message>
        <source>See all logs</source>
        <translation>Ver todos los registros</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Stepstone</source>
        <translation>Stepstone</translation>
    </message>
    <message>
        <source>Opening your data</source>
        <translation>Abriendo tus datos</translation>
    </message>
    <message>
        <source>This device has no keyring to keep your key safely. Choose a passphrase: you will need it each time you open Stepstone, and it cannot be recovered if you forget it.</source>
        <translation>Este dispositivo no tiene un llavero para guardar tu clave de forma segura. Elige una frase de contraseña: la necesitarás cada vez que abras Stepstone y no se puede recuperar si la olvidas.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
</context>
<context>
    <name>stepstone::CopingSkillList</name>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
</context>
<context>
    <name>stepstone::CravingEditor</name>
    <message numerus="yes">
        <source>The note is too long: keep it under %n characters.</source>
        <translation>
            <numerusform>La nota es demasiado larga: debe tener menos de %n carácter.</numerusform>
            <numerusform>La nota es demasiado larga: debe tener menos de %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stepstone::LoopbackRedirectListener</name>
    <message>
        <source>This address only accepts Stepstone&apos;s sign-in.</source>
        <translation>Esta dirección solo acepta el inicio de sesión de Stepstone.</translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the sign-in Stepstone started. Go back to Stepstone and sign in again.</source>
        <translation>Esta respuesta no corresponde al inicio de sesión que empezó Stepstone. Vuelve a Stepstone e inicia sesión de nuevo.</translation>
    </message>
    <message>
        <source>Sign-in was not completed. You can go back to Stepstone.</source>
        <translation>No se completó el inicio de sesión. Puedes volver a Stepstone.</translation>
    </message>
    <message>
        <source>You are signed in. You can go back to Stepstone.</source>
        <translation>Has iniciado sesión. Puedes volver a Stepstone.</translation>
    </message>
</context>
<context>
    <name>stepstone::ProfileSession</name>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no son iguales.</translation>
    </message>
</context>
</TS>
