using System.Diagnostics.CodeAnalysis;

namespace KubeSharp.Api.Meta.V1;

/// <summary>
/// meta/v1 Duration: a Go time.Duration (signed nanoseconds) written as Go prints it (<c>1h2m3s</c>,
/// <c>5m0s</c>, <c>300ms</c>, <c>0s</c>) and parsed as Go's time.ParseDuration reads it.
/// </summary>
public readonly struct Duration : IEquatable<Duration>, IComparable<Duration>
{
    private const long Nanosecond = 1;
    private const long Microsecond = 1000 * Nanosecond;
    private const long Millisecond = 1000 * Microsecond;
    private const long Second = 1000 * Millisecond;
    private const long Minute = 60 * Second;
    private const long Hour = 60 * Minute;

    public Duration(long nanoseconds) => Nanoseconds = nanoseconds;

    /// <summary>The length in nanoseconds, as Go's time.Duration holds it.</summary>
    public long Nanoseconds { get; }

    public static Duration FromTimeSpan(TimeSpan value) => new(value.Ticks * 100);

    /// <summary>The length as a TimeSpan, truncated to its 100 ns ticks.</summary>
    public TimeSpan ToTimeSpan() => TimeSpan.FromTicks(Nanoseconds / 100);

    public static implicit operator TimeSpan(Duration value) => value.ToTimeSpan();

    public static Duration Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value, out var error) ? value : throw new FormatException(error);
    }

    /// <summary>
    /// Go's time.ParseDuration: <c>[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+</c> with units ns, us (µs, μs), ms, s, m, h,
    /// or a bare "0"; <paramref name="error"/> carries Go's message.
    /// </summary>
    public static bool TryParse(string text, out Duration value, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = default;
        var s = text.AsSpan();
        var negative = false;
        if (!s.IsEmpty && (s[0] == '-' || s[0] == '+'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s is "0")
        {
            error = null;
            return true;
        }

        var invalid = "time: invalid duration " + Quote(text);
        if (s.IsEmpty)
        {
            error = invalid;
            return false;
        }

        ulong total = 0;
        while (!s.IsEmpty)
        {
            if (!(s[0] == '.' || char.IsAsciiDigit(s[0])))
            {
                error = invalid;
                return false;
            }

            var before = s.Length;
            if (!LeadingInt(ref s, out var whole))
            {
                error = invalid;
                return false;
            }

            var hasWhole = before != s.Length;
            ulong fraction = 0;
            double scale = 1;
            var hasFraction = false;
            if (!s.IsEmpty && s[0] == '.')
            {
                s = s[1..];
                var beforeFraction = s.Length;
                LeadingFraction(ref s, out fraction, out scale);
                hasFraction = beforeFraction != s.Length;
            }

            if (!hasWhole && !hasFraction)
            {
                error = invalid;
                return false;
            }

            var unitLength = 0;
            while (unitLength < s.Length && s[unitLength] != '.' && !char.IsAsciiDigit(s[unitLength]))
            {
                unitLength++;
            }

            if (unitLength == 0)
            {
                error = "time: missing unit in duration " + Quote(text);
                return false;
            }

            var unitText = s[..unitLength];
            s = s[unitLength..];
            var unit = Unit(unitText);
            if (unit == 0)
            {
                error = "time: unknown unit " + Quote(unitText.ToString()) + " in duration " + Quote(text);
                return false;
            }

            if (whole > (1UL << 63) / unit)
            {
                error = invalid;
                return false;
            }

            whole *= unit;
            if (fraction > 0)
            {
                // Go uses float64 here too: nanosecond-accurate for fractions of the largest unit, an hour.
                whole += (ulong)(fraction * (unit / scale));
                if (whole > 1UL << 63)
                {
                    error = invalid;
                    return false;
                }
            }

            total += whole;
            if (total > 1UL << 63)
            {
                error = invalid;
                return false;
            }
        }

        if (negative)
        {
            value = new Duration(unchecked(-(long)total));
            error = null;
            return true;
        }

        if (total > long.MaxValue)
        {
            error = invalid;
            return false;
        }

        value = new Duration((long)total);
        error = null;
        return true;
    }

    /// <summary>Go's time.Duration.String: "72h3m0.5s", "1.5µs", "300ms", "0s".</summary>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[32];
        var start = Format(buffer);
        return new string(buffer[start..]);
    }

    /// <summary>Writes Go's form right-aligned into <paramref name="buffer"/> (32 chars) and returns where it starts.</summary>
    private int Format(Span<char> buffer)
    {
        var w = buffer.Length;
        var u = Nanoseconds < 0 ? unchecked(0UL - (ulong)Nanoseconds) : (ulong)Nanoseconds;
        if (u < Second)
        {
            // Below a second Go switches to the smaller units: 1.2ms, 3µs, 40ns.
            int precision;
            buffer[--w] = 's';
            w--;
            if (u == 0)
            {
                buffer[w] = '0';
                return w;
            }
            else if (u < Microsecond)
            {
                precision = 0;
                buffer[w] = 'n';
            }
            else if (u < Millisecond)
            {
                precision = 3;
                buffer[w] = '\u00b5';
            }
            else
            {
                precision = 6;
                buffer[w] = 'm';
            }

            w = FormatFraction(buffer[..w], ref u, precision);
            w = FormatInt(buffer[..w], u);
        }
        else
        {
            buffer[--w] = 's';
            w = FormatFraction(buffer[..w], ref u, 9);
            w = FormatInt(buffer[..w], u % 60);
            u /= 60;
            if (u > 0)
            {
                buffer[--w] = 'm';
                w = FormatInt(buffer[..w], u % 60);
                u /= 60;
                if (u > 0)
                {
                    buffer[--w] = 'h';
                    w = FormatInt(buffer[..w], u);
                }
            }
        }

        if (Nanoseconds < 0)
        {
            buffer[--w] = '-';
        }

        return w;
    }

    /// <summary>Writes the fraction of v/10^precision without trailing zeros (and no point when it is 0).</summary>
    private static int FormatFraction(Span<char> buffer, ref ulong v, int precision)
    {
        var w = buffer.Length;
        var print = false;
        for (var i = 0; i < precision; i++)
        {
            var digit = v % 10;
            print = print || digit != 0;
            if (print)
            {
                buffer[--w] = (char)('0' + digit);
            }

            v /= 10;
        }

        if (print)
        {
            buffer[--w] = '.';
        }

        return w;
    }

    private static int FormatInt(Span<char> buffer, ulong v)
    {
        var w = buffer.Length;
        if (v == 0)
        {
            buffer[--w] = '0';
            return w;
        }

        while (v > 0)
        {
            buffer[--w] = (char)('0' + (v % 10));
            v /= 10;
        }

        return w;
    }

    private static ulong Unit(ReadOnlySpan<char> unit) => unit switch
    {
        "ns" => Nanosecond,
        "us" or "\u00b5s" or "\u03bcs" => Microsecond,
        "ms" => Millisecond,
        "s" => Second,
        "m" => Minute,
        "h" => Hour,
        _ => 0,
    };

    private static bool LeadingInt(ref ReadOnlySpan<char> s, out ulong value)
    {
        value = 0;
        var i = 0;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            if (value > (1UL << 63) / 10)
            {
                return false;
            }

            value = (value * 10) + (ulong)(s[i] - '0');
            if (value > 1UL << 63)
            {
                return false;
            }
        }

        s = s[i..];
        return true;
    }

    /// <summary>Reads fraction digits; past 2^63 it stops accumulating precision instead of failing, as Go.</summary>
    private static void LeadingFraction(ref ReadOnlySpan<char> s, out ulong value, out double scale)
    {
        value = 0;
        scale = 1;
        var overflow = false;
        var i = 0;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            if (overflow)
            {
                continue;
            }

            if (value > (long.MaxValue / 10))
            {
                overflow = true;
                continue;
            }

            var next = (value * 10) + (ulong)(s[i] - '0');
            if (next > 1UL << 63)
            {
                overflow = true;
                continue;
            }

            value = next;
            scale *= 10;
        }

        s = s[i..];
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public bool Equals(Duration other) => Nanoseconds == other.Nanoseconds;

    public override bool Equals(object? obj) => obj is Duration other && Equals(other);

    public override int GetHashCode() => Nanoseconds.GetHashCode();

    public int CompareTo(Duration other) => Nanoseconds.CompareTo(other.Nanoseconds);

    public static bool operator ==(Duration left, Duration right) => left.Equals(right);

    public static bool operator !=(Duration left, Duration right) => !left.Equals(right);

    public static bool operator <(Duration left, Duration right) => left.CompareTo(right) < 0;

    public static bool operator <=(Duration left, Duration right) => left.CompareTo(right) <= 0;

    public static bool operator >(Duration left, Duration right) => left.CompareTo(right) > 0;

    public static bool operator >=(Duration left, Duration right) => left.CompareTo(right) >= 0;
}
