1;
if (true) { 2; } else { 3; }
do { 4; break; } while (false);
try { 5; } finally { 6; }
