namespace KubeSharp.Api.Serialization;

/// <summary>
/// The order go-yaml v2 writes map keys in (its keyList.Less), which is the order of every kubectl YAML
/// output: letters compare by code point, a non-letter sorts before a letter, and runs of digits compare
/// by numeric value ("item2" before "item10").
/// </summary>
internal sealed class YamlKeyComparer : IComparer<string>
{
    public static YamlKeyComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = x ?? "";
        var b = y ?? "";
        if (Less(a, b))
        {
            return -1;
        }

        return Less(b, a) ? 1 : 0;
    }

    private static bool Less(string a, string b)
    {
        for (var i = 0; i < a.Length && i < b.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            var aLetter = char.IsLetter(a[i]);
            var bLetter = char.IsLetter(b[i]);
            if (aLetter && bLetter)
            {
                return a[i] < b[i];
            }

            if (aLetter || bLetter)
            {
                return bLetter;
            }

            // Both non-letters: compare the digit runs that start here as numbers (with the digits before
            // them when a leading zero is involved, as go-yaml does).
            long aNumber = 0;
            long bNumber = 0;
            if (a[i] == '0' || b[i] == '0')
            {
                for (var j = i - 1; j >= 0 && char.IsAsciiDigit(a[j]); j--)
                {
                    if (a[j] != '0')
                    {
                        aNumber = 1;
                        bNumber = 1;
                        break;
                    }
                }
            }

            var aEnd = i;
            for (; aEnd < a.Length && char.IsAsciiDigit(a[aEnd]); aEnd++)
            {
                aNumber = unchecked((aNumber * 10) + (a[aEnd] - '0'));
            }

            var bEnd = i;
            for (; bEnd < b.Length && char.IsAsciiDigit(b[bEnd]); bEnd++)
            {
                bNumber = unchecked((bNumber * 10) + (b[bEnd] - '0'));
            }

            if (aNumber != bNumber)
            {
                return aNumber < bNumber;
            }

            if (aEnd != bEnd)
            {
                return aEnd < bEnd;
            }

            return a[i] < b[i];
        }

        return a.Length < b.Length;
    }
}
