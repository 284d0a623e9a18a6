namespace KubeSharp.Api.Core.V1;

/// <summary>Kinds of seccomp profile.</summary>
public static class SeccompProfileType
{
    public const string Unconfined = "Unconfined";
    public const string RuntimeDefault = "RuntimeDefault";
    public const string Localhost = "Localhost";
}
