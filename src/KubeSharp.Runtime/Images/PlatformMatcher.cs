using System.Runtime.InteropServices;

namespace KubeSharp.Runtime.Images;

/// <summary>
/// Picks the manifest for this host out of an index, as containerd's platforms package does: names are
/// normalised (<c>x86_64</c> → <c>amd64</c>, <c>aarch64</c> → <c>arm64</c>, …), the first matching entry
/// wins, and entries without a usable platform (attestations, <c>unknown/unknown</c>) are skipped.
/// </summary>
public static class PlatformMatcher
{
    /// <summary>This machine's platform in OCI terms.</summary>
    public static OciPlatform Host { get; } = RuntimeInformation.OSArchitecture switch
    {
        Architecture.X64 => new OciPlatform { Os = "linux", Architecture = "amd64" },
        Architecture.Arm64 => new OciPlatform { Os = "linux", Architecture = "arm64" },
        Architecture.Arm => new OciPlatform { Os = "linux", Architecture = "arm", Variant = "v7" },
        Architecture.X86 => new OciPlatform { Os = "linux", Architecture = "386" },
        var other => new OciPlatform { Os = "linux", Architecture = other.ToString().ToLowerInvariant() },
    };

    /// <summary>The first entry that runs on <paramref name="want"/>, trying compatible fall-backs in order; null if none.</summary>
    public static OciDescriptor? Select(IReadOnlyList<OciDescriptor> manifests, OciPlatform want)
    {
        foreach (var candidate in Compatible(Normalize(want)))
        {
            foreach (var manifest in manifests)
            {
                if (manifest.Platform is { } platform && Matches(Normalize(platform), candidate))
                {
                    return manifest;
                }
            }
        }

        return null;
    }

    public static OciPlatform Normalize(OciPlatform platform)
    {
        var os = platform.Os.ToLowerInvariant();
        var (architecture, variant) = (platform.Architecture.ToLowerInvariant(), platform.Variant?.ToLowerInvariant()) switch
        {
            ("x86_64" or "x86-64" or "amd64", "v1") => ("amd64", null),
            ("x86_64" or "x86-64", var v) => ("amd64", v),
            ("aarch64" or "arm64", "v8" or "8") => ("arm64", null),
            ("aarch64", var v) => ("arm64", v),
            ("armhf", _) => ("arm", "v7"),
            ("armel", _) => ("arm", "v6"),
            ("arm", null or "") => ("arm", "v7"),
            ("i386", var v) => ("386", v),
            var (a, v) => (a, string.IsNullOrEmpty(v) ? null : v),
        };
        return new OciPlatform { Os = os, Architecture = architecture, Variant = variant };
    }

    private static IEnumerable<OciPlatform> Compatible(OciPlatform want)
    {
        yield return want;
        switch (want.Architecture)
        {
            case "amd64":
                yield return new OciPlatform { Os = want.Os, Architecture = "386" };
                break;
            case "arm64":
                yield return new OciPlatform { Os = want.Os, Architecture = "arm", Variant = "v8" };
                yield return new OciPlatform { Os = want.Os, Architecture = "arm", Variant = "v7" };
                break;
            case "arm" when want.Variant == "v7":
                yield return want with { Variant = "v6" };
                yield return want with { Variant = "v5" };
                break;
        }
    }

    private static bool Matches(OciPlatform have, OciPlatform want) =>
        have.Os == want.Os && have.Architecture == want.Architecture && have.Variant == want.Variant;
}
