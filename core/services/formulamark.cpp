#include "formulamark.h"

namespace Verbund {

namespace {

constexpr char Mark = '\'';

bool isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// -12, -12,50 or -12.50: a number, which a spreadsheet reads as one.
bool isNumber(QByteArrayView cell) {
    qsizetype at = cell.startsWith('-') ? 1 : 0;
    const qsizetype digits = at;
    while (at < cell.size() && isDigit(cell.at(at)))
        ++at;
    if (at == digits)
        return false;
    if (at < cell.size() && (cell.at(at) == ',' || cell.at(at) == '.')) {
        const qsizetype fraction = ++at;
        while (at < cell.size() && isDigit(cell.at(at)))
            ++at;
        if (at == fraction)
            return false;
    }
    return at == cell.size();
}

} // namespace

bool needsFormulaMark(QByteArrayView cell) {
    qsizetype at = 0;
    while (at < cell.size() && cell.at(at) == Mark)
        ++at;
    if (at == cell.size() || !isFormulaStart(cell.at(at)))
        return false;
    return at > 0 || !isNumber(cell);
}

QString withoutFormulaMark(const QString& cell) {
    if (!cell.startsWith(QLatin1Char(Mark)))
        return cell;
    qsizetype at = 1;
    while (at < cell.size() && cell.at(at) == QLatin1Char(Mark))
        ++at;
    const bool marked = at < cell.size() && cell.at(at).unicode() < 0x80 &&
                        isFormulaStart(char(cell.at(at).unicode()));
    return marked ? cell.mid(1) : cell;
}

} // namespace Verbund
