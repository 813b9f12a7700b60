using System.Security.Cryptography;
using System.Text;

namespace Kronika.Server;

/// <summary>The write key given at start-up, compared in constant time so that timing reveals nothing of it.</summary>
internal sealed class ApiKey
{
    public const string HeaderName = "X-Api-Key";

    // Both sides are hashed first: FixedTimeEquals needs equal lengths, and the key's length stays hidden too.
    private readonly byte[]? expectedHash;

    public ApiKey(string? key)
    {
        expectedHash = string.IsNullOrEmpty(key) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(key));
    }

    /// <summary>Whether writes are possible at all (a key was configured).</summary>
    public bool WritesEnabled => expectedHash is not null;

    public bool Matches(string? presented)
    {
        if (expectedHash is null || presented is null)
        {
            return false;
        }

        byte[] presentedHash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        return CryptographicOperations.FixedTimeEquals(expectedHash, presentedHash);
    }
}
