namespace KubeSharp.Api.AdmissionRegistration.V1;

public static class SideEffectClass
{
    public const string Unknown = "Unknown";

    public const string None = "None";

    public const string Some = "Some";

    public const string NoneOnDryRun = "NoneOnDryRun";
}
