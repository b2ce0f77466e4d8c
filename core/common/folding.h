#pragma once

#include <QString>
#include <QStringView>

namespace Verbund {

// A text as names are compared and searched: case folded in every script, accents and other
// marks removed, ß as ss ("ÖZTÜRK", "Öztürk" and "oztürk" are all "ozturk").
QString folded(QStringView text);

} // namespace Verbund
