using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace KubeSharp.Server.Pki;

/// <summary>Reads and writes PEM certificate and key files, keys with owner-only permissions.</summary>
public static class PemFiles
{
    public static void WriteCertificate(string path, X509Certificate2 certificate) =>
        WriteAtomically(path, certificate.ExportCertificatePem() + "\n", UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

    public static void WritePrivateKey(string path, ECDsa key) =>
        WriteAtomically(path, key.ExportECPrivateKeyPem() + "\n", UnixFileMode.UserRead | UnixFileMode.UserWrite);

    /// <summary>Writes a leaf certificate and its private key to two files.</summary>
    public static void WriteCertificateAndKey(string certificatePath, string keyPath, X509Certificate2 certificate)
    {
        using var key = certificate.GetECDsaPrivateKey()
            ?? throw new InvalidOperationException($"certificate {certificate.Subject} carries no ECDSA private key");
        WriteCertificate(certificatePath, certificate);
        WritePrivateKey(keyPath, key);
    }

    /// <summary>Loads a certificate with its private key from two PEM files.</summary>
    public static X509Certificate2 LoadCertificateAndKey(string certificatePath, string keyPath) =>
        X509Certificate2.CreateFromPemFile(certificatePath, keyPath);

    /// <summary>Write to a temporary file and rename, so a crash never leaves half a key on disk.</summary>
    public static void WriteAtomically(string path, string contents, UnixFileMode mode)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, "." + Path.GetFileName(path) + ".tmp");
        var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = mode;
        }

        using (var stream = new FileStream(temporary, fileOptions))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(contents);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, mode);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
