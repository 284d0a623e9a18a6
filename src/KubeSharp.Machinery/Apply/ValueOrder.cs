using System.Globalization;
using KubeSharp.Machinery.Internal;

namespace KubeSharp.Machinery.Apply;

/// <summary>
/// structured-merge-diff's total order and equality on JSON values (value.Compare, value.Equals): numbers
/// (ints and floats compared numerically) &lt; strings &lt; booleans &lt; lists &lt; maps &lt; null.
/// </summary>
internal static class ValueOrder
{
    public static int Compare(object? left, object? right)
    {
        if (left is double lf)
        {
            return right switch
            {
                double rf => lf.CompareTo(rf),
                long ri => lf.CompareTo((double)ri),
                _ => -1,
            };
        }

        if (right is double rf2)
        {
            return left is long li2 ? ((double)li2).CompareTo(rf2) : 1;
        }

        if (left is long li)
        {
            return right is long ri ? li.CompareTo(ri) : -1;
        }

        if (right is long)
        {
            return 1;
        }

        if (left is string ls)
        {
            return right is string rs ? Math.Sign(string.CompareOrdinal(ls, rs)) : -1;
        }

        if (right is string)
        {
            return 1;
        }

        if (left is bool lb)
        {
            return right is bool rb ? (lb == rb ? 0 : lb ? 1 : -1) : -1;
        }

        if (right is bool)
        {
            return 1;
        }

        if (left is List<object?> ll)
        {
            return right is List<object?> rl ? CompareLists(ll, rl) : -1;
        }

        if (right is List<object?>)
        {
            return 1;
        }

        if (left is Dictionary<string, object?> lm)
        {
            return right is Dictionary<string, object?> rm ? CompareMaps(lm, rm) : -1;
        }

        if (right is Dictionary<string, object?>)
        {
            return 1;
        }

        return 0;
    }

    public static bool Equal(object? left, object? right)
    {
        if (left is double || right is double)
        {
            double? l = left switch { double d => d, long i => i, _ => null };
            double? r = right switch { double d => d, long i => i, _ => null };
            return l is not null && r is not null && l.Value.Equals(r.Value);
        }

        return JsonTree.DeepEqualsNumeric(left, right);
    }

    /// <summary>A hash consistent with <see cref="Equal"/> (ints and floats of equal value hash alike).</summary>
    public static int Hash(object? value)
    {
        switch (value)
        {
            case null:
                return 0;
            case long l:
                return ((double)l).GetHashCode();
            case double d:
                return d.GetHashCode();
            case string s:
                return StringComparer.Ordinal.GetHashCode(s);
            case bool b:
                return b ? 1 : 2;
            case List<object?> list:
                var h = new HashCode();
                foreach (var item in list)
                {
                    h.Add(Hash(item));
                }

                return h.ToHashCode();
            case Dictionary<string, object?> map:
                var sum = 0;
                foreach (var (key, item) in map)
                {
                    sum ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), Hash(item));
                }

                return sum;
            default:
                return value.GetHashCode();
        }
    }

    private static int CompareLists(List<object?> left, List<object?> right)
    {
        for (var i = 0; ; i++)
        {
            if (i >= left.Count && i >= right.Count)
            {
                return 0;
            }

            if (i >= left.Count)
            {
                return -1;
            }

            if (i >= right.Count)
            {
                return 1;
            }

            var c = Compare(left[i], right[i]);
            if (c != 0)
            {
                return c;
            }
        }
    }

    private static int CompareMaps(Dictionary<string, object?> left, Dictionary<string, object?> right)
    {
        var lk = left.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        var rk = right.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        for (var i = 0; ; i++)
        {
            if (i >= lk.Count && i >= rk.Count)
            {
                return 0;
            }

            if (i >= lk.Count)
            {
                return -1;
            }

            if (i >= rk.Count)
            {
                return 1;
            }

            var c = Math.Sign(string.CompareOrdinal(lk[i], rk[i]));
            if (c != 0)
            {
                return c;
            }

            c = Compare(left[lk[i]], right[rk[i]]);
            if (c != 0)
            {
                return c;
            }
        }
    }

    /// <summary>structured-merge-diff's value.ToString, used in path strings (<c>[name="web"]</c>).</summary>
    public static string ToDisplayString(object? value) => value switch
    {
        null => "null",
        double d => GoFormat.FormatFloat(d),
        long l => l.ToString(CultureInfo.InvariantCulture),
        string s => GoFormat.Quote(s),
        bool b => b ? "true" : "false",
        List<object?> list => "[" + string.Join(",", list.Select(ToDisplayString)) + "]",
        Dictionary<string, object?> map => string.Concat(map.Select(kv => kv.Key + "=" + ToDisplayString(kv.Value))),
        _ => value.ToString() ?? "",
    };
}
