using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace KubeSharp.Server.Pki;

/// <summary>Writes an admin kubeconfig with the CA and client certificate embedded, as k3s's <c>k3s.yaml</c>.</summary>
public static class Kubeconfig
{
    /// <summary>The cluster, user and context name, k3s's choice.</summary>
    public const string Name = "default";

    public static string Render(Uri server, X509Certificate2 authority, X509Certificate2 client)
    {
        using var key = client.GetECDsaPrivateKey()
            ?? throw new InvalidOperationException("the client certificate carries no ECDSA private key");
        var caData = Base64(authority.ExportCertificatePem() + "\n");
        var certData = Base64(client.ExportCertificatePem() + "\n");
        var keyData = Base64(key.ExportECPrivateKeyPem() + "\n");
        var builder = new StringBuilder();
        builder.Append("apiVersion: v1\n");
        builder.Append("kind: Config\n");
        builder.Append("clusters:\n");
        builder.Append("- cluster:\n");
        builder.Append("    certificate-authority-data: ").Append(caData).Append('\n');
        builder.Append("    server: ").Append(server.ToString().TrimEnd('/')).Append('\n');
        builder.Append("  name: ").Append(Name).Append('\n');
        builder.Append("contexts:\n");
        builder.Append("- context:\n");
        builder.Append("    cluster: ").Append(Name).Append('\n');
        builder.Append("    user: ").Append(Name).Append('\n');
        builder.Append("  name: ").Append(Name).Append('\n');
        builder.Append("current-context: ").Append(Name).Append('\n');
        builder.Append("preferences: {}\n");
        builder.Append("users:\n");
        builder.Append("- name: ").Append(Name).Append('\n');
        builder.Append("  user:\n");
        builder.Append("    client-certificate-data: ").Append(certData).Append('\n');
        builder.Append("    client-key-data: ").Append(keyData).Append('\n');
        return builder.ToString();
    }

    /// <summary>Writes the kubeconfig readable by its owner only: it holds an admin key.</summary>
    public static void Write(string path, Uri server, X509Certificate2 authority, X509Certificate2 client) =>
        PemFiles.WriteAtomically(path, Render(server, authority, client), UnixFileMode.UserRead | UnixFileMode.UserWrite);

    private static string Base64(string text) => Convert.ToBase64String(Encoding.ASCII.GetBytes(text));
}
