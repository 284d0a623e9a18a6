using System.Text;

namespace KubeSharp.ApiServer.Authentication;

/// <summary>
/// A small RFC 4180 reader with Go's <c>encoding/csv</c> leniencies that upstream's token file relies on:
/// leading spaces in a field are trimmed, blank lines are skipped, quoted fields may hold commas.
/// </summary>
internal static class CsvRecords
{
    public static IEnumerable<List<string>> Read(string text)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var fieldStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when !fieldStarted:
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (record.Count > 0 || fieldStarted || field.Length > 0)
                    {
                        record.Add(field.ToString());
                        yield return record;
                    }

                    record = [];
                    field.Clear();
                    fieldStarted = false;
                    break;
                case ' ' or '\t' when !fieldStarted:
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }

        if (inQuotes)
        {
            throw new FormatException("unterminated quoted field");
        }

        if (record.Count > 0 || fieldStarted || field.Length > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}
