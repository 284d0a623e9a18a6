using System.Text;

namespace KubeSharp.Storage.Internal;

/// <summary>
/// Key order and key ranges as etcd has them: keys compare by their UTF-8 bytes. Strings compare by UTF-16
/// code units, which differs for characters above U+FFFF; <see cref="Comparer"/> fixes that up so in-memory
/// and on-disk orders agree.
/// </summary>
internal static class KeyOrder
{
    public static readonly IComparer<string> Comparer = new CodePointComparer();

    public static int Compare(string? x, string? y) => Comparer.Compare(x, y);

    public static byte[] ToBytes(string key) => Encoding.UTF8.GetBytes(key);

    /// <summary>
    /// The smallest byte string greater than every key that starts with <paramref name="prefix"/>, as etcd's
    /// <c>clientv3.GetPrefixRangeEnd</c>; null when there is none (the empty prefix, or all 0xff bytes).
    /// </summary>
    public static byte[]? PrefixEnd(byte[] prefix)
    {
        var end = (byte[])prefix.Clone();
        for (var i = end.Length - 1; i >= 0; i--)
        {
            if (end[i] < 0xff)
            {
                end[i]++;
                return end.AsSpan(0, i + 1).ToArray();
            }
        }

        return null;
    }

    public static bool Matches(string key, string watched, bool prefix) =>
        prefix ? key.StartsWith(watched, StringComparison.Ordinal) : string.Equals(key, watched, StringComparison.Ordinal);

    private sealed class CodePointComparer : IComparer<string>
    {
        public int Compare(string? x, string? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null)
            {
                return -1;
            }

            if (y is null)
            {
                return 1;
            }

            var length = Math.Min(x.Length, y.Length);
            for (var i = 0; i < length; i++)
            {
                var a = x[i];
                var b = y[i];
                if (a != b)
                {
                    // UTF-16 to code point order: surrogates (U+D800-DFFF) encode code points above U+FFFF,
                    // so they must sort after U+E000-FFFF.
                    if (a >= 0xD800 && b >= 0xD800)
                    {
                        return Fix(a) - Fix(b);
                    }

                    return a - b;
                }
            }

            return x.Length - y.Length;
        }

        private static int Fix(char c) => c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }
}
