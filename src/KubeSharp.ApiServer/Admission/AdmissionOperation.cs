namespace KubeSharp.ApiServer.Admission;

/// <summary>The operation being admitted, upstream's spelling.</summary>
public static class AdmissionOperation
{
    public const string Create = "CREATE";
    public const string Update = "UPDATE";
    public const string Delete = "DELETE";
    public const string Connect = "CONNECT";
}
