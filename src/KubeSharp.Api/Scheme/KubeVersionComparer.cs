using System.Globalization;

namespace KubeSharp.Api.Scheme;

/// <summary>
/// Orders API versions by preference, as upstream's version.CompareKubeAwareVersionStrings: GA before beta
/// before alpha, higher major first, then higher beta/alpha number (v2, v1, v1beta2, v1beta1, v1alpha1), and
/// anything not shaped like a Kubernetes version last, alphabetically.
/// </summary>
public sealed class KubeVersionComparer : IComparer<string>
{
    public static KubeVersionComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = Rank(x ?? "");
        var b = Rank(y ?? "");
        if (a.Kube != b.Kube)
        {
            return a.Kube ? -1 : 1;
        }

        if (!a.Kube)
        {
            return string.CompareOrdinal(x, y);
        }

        if (a.Stability != b.Stability)
        {
            return b.Stability.CompareTo(a.Stability);
        }

        if (a.Major != b.Major)
        {
            return b.Major.CompareTo(a.Major);
        }

        return b.Minor.CompareTo(a.Minor);
    }

    /// <summary>Stability: 2 GA, 1 beta, 0 alpha.</summary>
    private static (bool Kube, int Stability, int Major, int Minor) Rank(string version)
    {
        if (version.Length < 2 || version[0] != 'v' || !char.IsAsciiDigit(version[1]) || version[1] == '0')
        {
            return (false, 0, 0, 0);
        }

        var i = 1;
        while (i < version.Length && char.IsAsciiDigit(version[i]))
        {
            i++;
        }

        if (!int.TryParse(version.AsSpan(1, i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var major))
        {
            return (false, 0, 0, 0);
        }

        if (i == version.Length)
        {
            return (true, 2, major, 0);
        }

        var rest = version.AsSpan(i);
        var stability = rest.StartsWith("beta", StringComparison.Ordinal) ? 1 : rest.StartsWith("alpha", StringComparison.Ordinal) ? 0 : -1;
        if (stability < 0)
        {
            return (false, 0, 0, 0);
        }

        var number = rest[(stability == 1 ? 4 : 5)..];
        if (number.IsEmpty || number[0] == '0' || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            return (false, 0, 0, 0);
        }

        return (true, stability, major, minor);
    }
}
