// The fuzz target of the CSV reader: any bytes must be read or refused, never crash or hang.
// Built with libFuzzer when the compiler is clang; tests/fuzz/replay.cpp runs the same
// function over the corpus in every test run.
#include "services/csvreader.h"
#include "services/curriculumimport.h"
#include "services/importer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    auto table = Verbund::CsvReader::parse(bytes);
    if (!table)
        return 0;
    for (const auto kind : {Verbund::ImportKind::Organisations, Verbund::ImportKind::Contacts,
                            Verbund::ImportKind::Participants})
        Verbund::Importer::mapHeaders(kind, table->header);
    auto curriculum = Verbund::CurriculumImport::fromTable(*table, QStringLiteral("Fuzz"));
    return curriculum ? 0 : 0;
}
