"""Hard negatives shared by the secrets and sensitive-data tests: identifiers and hashes that look like keys,
card or phone numbers but are none of them."""

LOOKALIKE_IDENTIFIERS = (
    "Commit 9fceb02d0ae598e95dc970b74767f19372d61af8 (short 9fceb02) fixed it.",
    "md5 d41d8cd98f00b204e9800998ecf8427e and sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709",
    "sha512: cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f"
    "63b931bd47417a81a538327af927da3e",
    'ETag: "33a64df551425fcc55e4d42a148795d9f25f89d4"',
    '<script integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC" crossorigin>',
    '{"id": "f47ac10b-58cc-4372-a567-0e02b2c3d479", "trace_id": "4bf92f3577b34da6a3ce929d0e0e4736", '
    '"span_id": "00f067aa0ba902b7"}',
    "Logged at 2024-03-05T10:30:00.123Z (epoch ms 1706483105123, ns 1706483105123456789).",
    "Order ID 4111111111111112 and invoice INV-2024-000123 were created.",
    "Checksum 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824  hello.txt",
    "docker pull nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31",
    "npm integrity sha512-Pl9Fg2Tf0bgfzyQ7ZzFzMBdxnmldy1I2q4eH6Yd8OVxV+NyAHJLnCumQP1U8JIvkv5j1oBj+/zDkxK1BTjbAw==",
)
