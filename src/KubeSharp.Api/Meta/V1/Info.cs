namespace KubeSharp.Api.Meta.V1;

/// <summary>
/// The version information served at <c>/version</c> (upstream's k8s.io/apimachinery/pkg/version.Info). kubectl reads
/// gitVersion to pick its client version.
/// </summary>
public sealed class Info : KubeModel
{
    public string Major { get; set; } = "";

    public string Minor { get; set; } = "";

    public string? EmulationMajor { get; set; }

    public string? EmulationMinor { get; set; }

    public string? MinCompatibilityMajor { get; set; }

    public string? MinCompatibilityMinor { get; set; }

    public string GitVersion { get; set; } = "";

    public string GitCommit { get; set; } = "";

    public string GitTreeState { get; set; } = "";

    public string BuildDate { get; set; } = "";

    public string GoVersion { get; set; } = "";

    public string Compiler { get; set; } = "";

    public string Platform { get; set; } = "";
}
